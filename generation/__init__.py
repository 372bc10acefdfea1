"""Directive -> candidates -> scoring -> MIDI / MusicXML / audio."""
