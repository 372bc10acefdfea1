// Renders a part's MusicXML (written by the server with music21) as notation, in the page.
import { OpenSheetMusicDisplay } from "opensheetmusicdisplay";

let osmd: OpenSheetMusicDisplay | null = null;

export async function renderNotation(container: HTMLElement, musicxml: string): Promise<void> {
  if (!osmd) {
    osmd = new OpenSheetMusicDisplay(container, {
      backend: "svg", autoResize: false, drawTitle: false, drawSubtitle: false, drawComposer: false,
      drawPartNames: false, drawingParameters: "compacttight",
    });
  }
  await osmd.load(musicxml);
  osmd.render();
}
