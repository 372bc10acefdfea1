from eval.frames_eval import main

main()
