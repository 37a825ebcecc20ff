<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ContentPage</name>
    <message>
        <source>Difficulty</source>
        <translation>Schwierigkeit</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Sets × reps</source>
        <translation>Sätze × Wiederholungen</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Ausrüstung</translation>
    </message>
    <message>
        <source>Muscles</source>
        <translation>Muskeln</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Atmung</translation>
    </message>
    <message>
        <source>Easier</source>
        <translation>Leichter</translation>
    </message>
    <message>
        <source>Harder</source>
        <translation>Schwerer</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>Avoid if</source>
        <translation>Nicht machen bei</translation>
    </message>
    <message>
        <source>Stop if</source>
        <translation>Aufhören bei</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>Häufige Fragen</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Gesamtzeit</translation>
    </message>
    <message>
        <source>Rest between exercises</source>
        <translation>Pause zwischen den Übungen</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Cool-down</source>
        <translation>Abwärmen</translation>
    </message>
</context>
<context>
    <name>EndScreen</name>
    <message>
        <source>How hard was it?  1 = very easy … 10 = all-out  (keys 1–9, 0 for 10)</source>
        <translation>Wie anstrengend war es?  1 = sehr leicht … 10 = alles gegeben  (Tasten 1–9, 0 für 10)</translation>
    </message>
    <message>
        <source>Effort %d of 10</source>
        <translation>Anstrengung %d von 10</translation>
    </message>
    <message>
        <source>How hard it felt, from 1 (very easy) to 10 (all-out); key %d</source>
        <translation>Wie anstrengend es war, von 1 (sehr leicht) bis 10 (alles gegeben); Taste %d</translation>
    </message>
    <message>
        <source>Notes for next time (optional): how it felt, what to change…</source>
        <translation>Notizen für das nächste Mal (optional): wie es sich anfühlte, was du ändern willst…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Save to history  (Ctrl+S)</source>
        <translation>Im Verlauf &amp;speichern  (Strg+S)</translation>
    </message>
    <message>
        <source>&amp;Back to the library</source>
        <translation>&amp;Zurück zur Bibliothek</translation>
    </message>
    <message>
        <source>See &amp;history</source>
        <translation>&amp;Verlauf ansehen</translation>
    </message>
    <message>
        <source>Add how hard it was and your notes to this session</source>
        <translation>Die Anstrengung und deine Notizen zu dieser Einheit speichern</translation>
    </message>
    <message>
        <source>Leave the summary and pick another exercise</source>
        <translation>Die Zusammenfassung verlassen und eine andere Übung wählen</translation>
    </message>
    <message>
        <source>Open the history with this session in it</source>
        <translation>Den Verlauf mit dieser Einheit öffnen</translation>
    </message>
    <message>
        <source>Finished, with an exercise stopped for pain</source>
        <translation>Fertig, eine Übung wegen Schmerz abgebrochen</translation>
    </message>
    <message>
        <source>Stopped: this hurts</source>
        <translation>Abgebrochen: Das tut weh</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Gut gemacht!</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Einheit beendet</translation>
    </message>
    <message>
        <source>Time: %s active</source>
        <translation>Zeit: %s aktiv</translation>
    </message>
    <message>
        <source>, %s paused</source>
        <translation>, %s pausiert</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source> — “this hurts” ×%d</source>
        <translation> — „das tut weh“ ×%d</translation>
    </message>
    <message>
        <source> — not finished</source>
        <translation> — nicht beendet</translation>
    </message>
    <message>
        <source>Not reached: %d of %d exercises</source>
        <translation>Nicht erreicht: %d von %d Übungen</translation>
    </message>
    <message>
        <source>⚠  You said “this hurts”, so that exercise was stopped. If the pain is sharp or stays, get advice before you do it again.</source>
        <translation>⚠  Du hast „Das tut weh“ gesagt, darum wurde die Übung abgebrochen. Ist der Schmerz stechend oder bleibt er, hol dir fachlichen Rat, bevor du sie wieder machst.</translation>
    </message>
    <message>
        <source>Modifications used: %s</source>
        <translation>Genutzte Varianten: %s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The session is in your history. Rate it and save, or just leave.</source>
        <translation>Die Einheit steht in deinem Verlauf. Bewerte sie und speichere, oder geh einfach weiter.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Not in your history yet: it is kept in %s and goes in at the next start.</source>
        <translation>Noch nicht im Verlauf: sie liegt in %s und kommt beim nächsten Start hinein.</translation>
    </message>
    <message>
        <source>Saved ✓</source>
        <translation>Gespeichert ✓</translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation>Nicht gespeichert: %s</translation>
    </message>
</context>
<context>
    <name>ExerciseDetail</name>
    <message>
        <source>Figures of the steps</source>
        <translation>Figuren der Schritte</translation>
    </message>
    <message>
        <source>Exercise details</source>
        <translation>Details der Übung</translation>
    </message>
    <message>
        <source>Modification to start with</source>
        <translation>Variante zum Start</translation>
    </message>
    <message>
        <source>Start with the exercise as written, or an easier or harder version</source>
        <translation>Mit der Übung wie beschrieben beginnen, oder mit einer leichteren oder schwereren Variante</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start this exercise (Ctrl+Return)</source>
        <translation>Diese Übung starten (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>S&amp;tufe:</translation>
    </message>
    <message>
        <source>Step %d</source>
        <translation>Schritt %d</translation>
    </message>
    <message>
        <source>Search or filter the list, then pick an exercise to see its steps, modifications and cautions.</source>
        <translation>Durchsuche oder filtere die Liste und wähle eine Übung, um ihre Schritte, Varianten und Hinweise zu sehen.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Easier</source>
        <translation>Leichter</translation>
    </message>
    <message>
        <source>Harder</source>
        <translation>Schwerer</translation>
    </message>
    <message>
        <source>%s: %s</source>
        <translation>%s: %s</translation>
    </message>
    <message>
        <source>Loading picture…</source>
        <translation>Bild wird geladen…</translation>
    </message>
    <message>
        <source>Picture of %s</source>
        <translation>Bild von %s</translation>
    </message>
</context>
<context>
    <name>FigureWidget</name>
    <message>
        <source>Figure: %s</source>
        <translation>Figur: %s</translation>
    </message>
    <message>
        <source>No figure</source>
        <translation>Keine Figur</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Do it &amp;again</source>
        <translation>&amp;Noch einmal</translation>
    </message>
    <message>
        <source>Save the whole history as a CSV or JSON file</source>
        <translation>Den ganzen Verlauf als CSV- oder JSON-Datei speichern</translation>
    </message>
    <message>
        <source>Delete the selected session from the history (asks first)</source>
        <translation>Die gewählte Einheit aus dem Verlauf löschen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Start the selected session&apos;s exercise or workout again</source>
        <translation>Die Übung oder das Training der gewählten Einheit noch einmal starten</translation>
    </message>
    <message>
        <source>day streak</source>
        <translation>Tage in Folge</translation>
    </message>
    <message>
        <source>minutes this week</source>
        <translation>Minuten diese Woche</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>longest streak</source>
        <translation>längste Serie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Sessions by date</source>
        <translation>Einheiten nach Datum</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Details der Einheit</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Mal</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Levels, oldest first (E/S/H)</source>
        <translation>Stufen, älteste zuerst (E/S/H)</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>Nächstes Mal</translation>
    </message>
    <message>
        <source>Progress by exercise</source>
        <translation>Fortschritt pro Übung</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minuten pro Woche</translation>
    </message>
    <message>
        <source>%s (demo, ×%s)</source>
        <translation>%s (Demo, ×%s)</translation>
    </message>
    <message>
        <source>Played with --speed: left out of the streak, minutes and progress</source>
        <translation>Mit --speed gespielt: zählt nicht für Serie, Minuten und Fortschritt</translation>
    </message>
    <message>
        <source>No sessions yet. Pick an exercise in the Library and press Start: it will show up here.</source>
        <translation>Noch keine Einheiten. Wähle in der Bibliothek eine Übung und drücke Starten: Sie erscheint dann hier.</translation>
    </message>
    <message>
        <source>try easier</source>
        <translation>leichter versuchen</translation>
    </message>
    <message>
        <source>try standard</source>
        <translation>Standard versuchen</translation>
    </message>
    <message>
        <source>try harder</source>
        <translation>schwerer versuchen</translation>
    </message>
    <message>
        <source>Delete this session?</source>
        <translation>Diese Einheit löschen?</translation>
    </message>
    <message>
        <source>Delete “%s” of %s from your history? This cannot be undone.</source>
        <translation>„%s“ vom %s aus deinem Verlauf löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>CSV, one row per exercise (*.csv);;JSON (*.json)</source>
        <translation>CSV, eine Zeile pro Übung (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>History exported to %s</source>
        <translation>Verlauf exportiert nach %s</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Import exercises from free-exercise-db</source>
        <translation>Übungen aus free-exercise-db importieren</translation>
    </message>
    <message>
        <source>free-exercise-db exercises (*.json)</source>
        <translation>free-exercise-db-Übungen (*.json)</translation>
    </message>
    <message>
        <source>Importing exercises…</source>
        <translation>Übungen werden importiert…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 skipped.</source>
        <translation>%1 hinzugefügt, %2 aktualisiert, %3 unverändert, %4 übersprungen.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Search exercises (Ctrl+F)…</source>
        <translation>Übungen suchen (Strg+F)…</translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation>Übungen suchen</translation>
    </message>
    <message>
        <source>Muscle filter</source>
        <translation>Filter nach Muskel</translation>
    </message>
    <message>
        <source>Any muscle</source>
        <translation>Alle Muskeln</translation>
    </message>
    <message>
        <source>Show only the exercises that work this muscle</source>
        <translation>Nur Übungen zeigen, die diesen Muskel trainieren</translation>
    </message>
    <message>
        <source>Equipment filter</source>
        <translation>Filter nach Ausrüstung</translation>
    </message>
    <message>
        <source>Any equipment</source>
        <translation>Jede Ausrüstung</translation>
    </message>
    <message>
        <source>Show only the exercises that use this equipment</source>
        <translation>Nur Übungen zeigen, die diese Ausrüstung brauchen</translation>
    </message>
    <message>
        <source>Difficulty filter</source>
        <translation>Filter nach Schwierigkeit</translation>
    </message>
    <message>
        <source>Any difficulty</source>
        <translation>Jedes Niveau</translation>
    </message>
    <message>
        <source>Show only the exercises of this difficulty</source>
        <translation>Nur Übungen dieser Schwierigkeit zeigen</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Pick an exercise to see it; Enter starts it</source>
        <translation>Wähle eine Übung, um sie zu sehen; Eingabe startet sie</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import exercises from free-exercise-db (exercises.json)</source>
        <translation>Übungen aus free-exercise-db importieren (exercises.json)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n exercise(s)</source>
        <translation>
            <numerusform>%1 von %n Übung</numerusform>
            <numerusform>%1 von %n Übungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Spotter</source>
        <translation>Spotter</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Spotter&apos;s sections: Ctrl+1 to Ctrl+4 open them from anywhere</source>
        <translation>Die Bereiche von Spotter: Strg+1 bis Strg+4 öffnen sie von überall</translation>
    </message>
    <message>
        <source>%s (Ctrl+%d)</source>
        <translation>%s (Strg+%d)</translation>
    </message>
</context>
<context>
    <name>PlayerPage</name>
    <message>
        <source>Getting ready…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <source>A session is running</source>
        <translation>Eine Einheit läuft</translation>
    </message>
    <message>
        <source>Stop the current session (Esc) before starting another.</source>
        <translation>Beende die laufende Einheit (Esc), bevor du eine neue startest.</translation>
    </message>
    <message>
        <source>Getting ready: %s…</source>
        <translation>Vorbereitung: %s…</translation>
    </message>
    <message>
        <source>No exercise is under way: the level can be changed during one.</source>
        <translation>Gerade läuft keine Übung: Die Stufe lässt sich während einer Übung ändern.</translation>
    </message>
    <message>
        <source>%s has no easier form.</source>
        <translation>%s hat keine leichtere Form.</translation>
    </message>
    <message>
        <source>This is already the easiest form of %s.</source>
        <translation>Das ist schon die leichteste Form von %s.</translation>
    </message>
    <message>
        <source>%s has no harder form.</source>
        <translation>%s hat keine schwerere Form.</translation>
    </message>
    <message>
        <source>This is already the hardest form of %s.</source>
        <translation>Das ist schon die schwerste Form von %s.</translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation>Start nicht möglich</translation>
    </message>
    <message>
        <source>This session cannot start: %s</source>
        <translation>Diese Einheit kann nicht starten: %s</translation>
    </message>
    <message>
        <source>Listening for voice commands</source>
        <translation>Hört auf Sprachbefehle</translation>
    </message>
    <message>
        <source>Heard: %s</source>
        <translation>Gehört: %s</translation>
    </message>
    <message>
        <source>this hurts</source>
        <translation>das tut weh</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>Einheit beenden?</translation>
    </message>
    <message>
        <source>Stop now? What you did so far is kept in your history.</source>
        <translation>Jetzt aufhören? Was du bisher gemacht hast, bleibt in deinem Verlauf.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>This hurts</source>
        <translation>Das tut weh</translation>
    </message>
    <message>
        <source>Go on with the rest of the workout, or end it here?</source>
        <translation>Mit dem Rest des Trainings weitermachen oder hier beenden?</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>Quit Spotter?</source>
        <translation>Spotter beenden?</translation>
    </message>
    <message>
        <source>A session is running. Quit now? It is kept in your history, and Spotter offers to resume it next time.</source>
        <translation>Eine Einheit läuft. Jetzt beenden? Sie bleibt in deinem Verlauf, und Spotter bietet beim nächsten Mal an, sie fortzusetzen.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>the session was not recorded</source>
        <translation>die Einheit wurde nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>the history file cannot be written</source>
        <translation>die Verlaufsdatei kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Go back to the previous step</source>
        <translation>Zum vorigen Schritt zurück</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause the session; the countdown stops</source>
        <translation>Die Einheit anhalten; der Countdown steht still</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Zum nächsten Schritt springen</translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation>+10 s</translation>
    </message>
    <message>
        <source>Add ten seconds to this step</source>
        <translation>Diesem Schritt zehn Sekunden hinzufügen</translation>
    </message>
    <message>
        <source>This hurts</source>
        <translation>Das tut weh</translation>
    </message>
    <message>
        <source>Say it hurts: Spotter switches to an easier version</source>
        <translation>Schmerz melden: Spotter wechselt zu einer leichteren Variante</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Silence the voice; captions and announcements go on</source>
        <translation>Die Stimme stummschalten; Untertitel und Ansagen laufen weiter</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Zuhören</translation>
    </message>
    <message>
        <source>Listen for voice commands: next, back, pause, resume, easier, harder, done, stop, this hurts</source>
        <translation>Auf Sprachbefehle hören, auf Englisch gesprochen: next, back, pause, resume, easier, harder, done, stop, this hurts</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Fill the screen with the player, or leave full screen</source>
        <translation>Den Player bildschirmfüllend zeigen oder das Vollbild verlassen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stop the session (asks first)</source>
        <translation>Die Einheit beenden (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Easier</source>
        <translation>Leichter</translation>
    </message>
    <message>
        <source>Switch to the easier version of this exercise</source>
        <translation>Zur leichteren Variante dieser Übung wechseln</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Go back to the exercise as written</source>
        <translation>Zurück zur Übung, wie sie beschrieben ist</translation>
    </message>
    <message>
        <source>Harder</source>
        <translation>Schwerer</translation>
    </message>
    <message>
        <source>Switch to the harder version of this exercise</source>
        <translation>Zur schwereren Variante dieser Übung wechseln</translation>
    </message>
    <message>
        <source>GET READY</source>
        <translation>BEREIT MACHEN</translation>
    </message>
    <message>
        <source>NOW</source>
        <translation>JETZT</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>PAUSE</translation>
    </message>
    <message>
        <source>SWITCH SIDES</source>
        <translation>SEITE WECHSELN</translation>
    </message>
    <message>
        <source>FINISH</source>
        <translation>ENDE</translation>
    </message>
    <message>
        <source>seconds left in this step</source>
        <translation>Sekunden übrig in diesem Schritt</translation>
    </message>
    <message>
        <source>Countdown of the current step</source>
        <translation>Countdown des aktuellen Schritts</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Was jetzt zu tun ist</translation>
    </message>
    <message>
        <source>✓  Done  (D)</source>
        <translation>✓  Fertig  (D)</translation>
    </message>
    <message>
        <source>Done with this step</source>
        <translation>Schritt erledigt</translation>
    </message>
    <message>
        <source>Say you finished the repetitions (key: D)</source>
        <translation>Melden, dass die Wiederholungen geschafft sind (Taste: D)</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>%1 (key: %2)</source>
        <translation>%1 (Taste: %2)</translation>
    </message>
    <message>
        <source>Time left in this step: %s</source>
        <translation>Restzeit in diesem Schritt: %s</translation>
    </message>
    <message>
        <source>Total left %s</source>
        <translation>Noch %s insgesamt</translation>
    </message>
    <message>
        <source>Exercise %d of %d</source>
        <translation>Übung %d von %d</translation>
    </message>
    <message>
        <source>Step %d of %d</source>
        <translation>Schritt %d von %d</translation>
    </message>
    <message>
        <source>Set %d of %d</source>
        <translation>Satz %d von %d</translation>
    </message>
    <message numerus="yes">
        <source>%n REPS</source>
        <translation>
            <numerusform>%n WIEDERHOLUNG</numerusform>
            <numerusform>%n WIEDERHOLUNGEN</numerusform>
        </translation>
    </message>
    <message>
        <source>PAUSED — press Space to go on</source>
        <translation>PAUSIERT — Leertaste drücken zum Weitermachen</translation>
    </message>
    <message>
        <source>seconds left</source>
        <translation>Sekunden übrig</translation>
    </message>
    <message>
        <source>minutes left</source>
        <translation>Minuten übrig</translation>
    </message>
    <message>
        <source>Next up: %s</source>
        <translation>Als Nächstes: %s</translation>
    </message>
    <message>
        <source>Level: Standard form</source>
        <translation>Stufe: Standardform</translation>
    </message>
    <message>
        <source>Level: %s (%s)</source>
        <translation>Stufe: %s (%s)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Resume the session where it stopped</source>
        <translation>Die Einheit dort fortsetzen, wo sie angehalten wurde</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Ton an</translation>
    </message>
    <message>
        <source>Let the voice speak the cues again</source>
        <translation>Die Stimme sagt die Ansagen wieder</translation>
    </message>
</context>
<context>
    <name>ResumeOffer</name>
    <message>
        <source>Resume your session?</source>
        <translation>Einheit fortsetzen?</translation>
    </message>
    <message>
        <source>“%s”, started at %s, was interrupted after %s.</source>
        <translation>„%s“, begonnen um %s, wurde nach %s unterbrochen.</translation>
    </message>
    <message>
        <source>Resume where you left off, keep it in history as it is, or discard it?</source>
        <translation>Dort weitermachen, wo du aufgehört hast, so im Verlauf behalten oder verwerfen?</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Keep as it is</source>
        <translation>So &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>A demo at %s× speed: left out of the streak, minutes and progress.</source>
        <translation>Eine Demo mit %s-facher Geschwindigkeit: zählt nicht für Serie, Minuten und Fortschritt.</translation>
    </message>
    <message>
        <source>Effort (RPE)</source>
        <translation>Anstrengung (RPE)</translation>
    </message>
    <message>
        <source>%s / 10</source>
        <translation>%s / 10</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>nicht beendet</translation>
    </message>
    <message>
        <source>“this hurts” ×%s</source>
        <translation>„das tut weh“ ×%s</translation>
    </message>
    <message>
        <source>Switched: %s</source>
        <translation>Gewechselt: %s</translation>
    </message>
</context>
<context>
    <name>SessionRunner</name>
    <message>
        <source>Speech is off: %s</source>
        <translation>Die Sprachausgabe ist aus: %s</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Speak the cues</source>
        <translation>Ansagen sprechen</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Default voice</source>
        <translation>Standardstimme</translation>
    </message>
    <message>
        <source> words/min</source>
        <translation> Wörter/min</translation>
    </message>
    <message>
        <source>Speech rate</source>
        <translation>Sprechtempo</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Get-ready seconds</source>
        <translation>Sekunden zur Vorbereitung</translation>
    </message>
    <message>
        <source>Default rest</source>
        <translation>Standardpause</translation>
    </message>
    <message>
        <source>Beep on the last three seconds</source>
        <translation>In den letzten drei Sekunden piepen</translation>
    </message>
    <message>
        <source>Listen for voice commands (next, back, pause, resume, easier, harder, done, stop, “this hurts”)</source>
        <translation>Auf Sprachbefehle hören, auf Englisch gesprochen (next, back, pause, resume, easier, harder, done, stop, „this hurts“)</translation>
    </message>
    <message>
        <source>Off by default. Uses the microphone during a session, offline: nothing heard is stored or sent anywhere</source>
        <translation>Standardmäßig aus. Nutzt während einer Einheit das Mikrofon, offline: Nichts Gehörtes wird gespeichert oder irgendwohin gesendet</translation>
    </message>
    <message>
        <source>Keep the figure still</source>
        <translation>Die Figur nicht bewegen</translation>
    </message>
    <message>
        <source>The player shows each step&apos;s pose without moving it</source>
        <translation>Der Player zeigt die Haltung jedes Schritts, ohne sie zu bewegen</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Off: no voice at all, the cues are shown as captions</source>
        <translation>Aus: keine Stimme, die Ansagen erscheinen als Untertitel</translation>
    </message>
    <message>
        <source>The voice that speaks the cues; the current language&apos;s come first</source>
        <translation>Die Stimme, die die Ansagen spricht; die der aktuellen Sprache stehen vorn</translation>
    </message>
    <message>
        <source>How fast the voice speaks</source>
        <translation>Wie schnell die Stimme spricht</translation>
    </message>
    <message>
        <source>How loud the voice speaks</source>
        <translation>Wie laut die Stimme spricht</translation>
    </message>
    <message>
        <source>Seconds to get in place before the first step</source>
        <translation>Sekunden, um vor dem ersten Schritt in Position zu gehen</translation>
    </message>
    <message>
        <source>Seconds of rest between exercises when a workout does not say</source>
        <translation>Sekunden Pause zwischen den Übungen, wenn das Training nichts vorgibt</translation>
    </message>
    <message>
        <source>A short beep on each of the last three seconds of a step</source>
        <translation>Ein kurzer Piepton in jeder der letzten drei Sekunden eines Schritts</translation>
    </message>
    <message>
        <source>Bigger or smaller text everywhere, on top of the system&apos;s font size</source>
        <translation>Größerer oder kleinerer Text überall, zusätzlich zur Schriftgröße des Systems</translation>
    </message>
    <message>
        <source>Light, dark or high contrast; or follow the system</source>
        <translation>Hell, dunkel oder hoher Kontrast; oder wie das System</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the screens, the voice and the messages, from the next start</source>
        <translation>Die Sprache der Ansichten, der Stimme und der Meldungen, ab dem nächsten Start</translation>
    </message>
    <message>
        <source>Checking the speech engine and the sound device…</source>
        <translation>Sprachausgabe und Audiogerät werden geprüft…</translation>
    </message>
    <message>
        <source>&amp;Voice:</source>
        <translation>&amp;Stimme:</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Tempo:</translation>
    </message>
    <message>
        <source>V&amp;olume:</source>
        <translation>&amp;Lautstärke:</translation>
    </message>
    <message>
        <source>&amp;Get ready:</source>
        <translation>&amp;Vorbereitung:</translation>
    </message>
    <message>
        <source>Default &amp;rest:</source>
        <translation>Standard&amp;pause:</translation>
    </message>
    <message>
        <source>&amp;Beeps:</source>
        <translation>Pieptö&amp;ne:</translation>
    </message>
    <message>
        <source>Voice &amp;commands:</source>
        <translation>Sprachbe&amp;fehle:</translation>
    </message>
    <message>
        <source>Reduce &amp;motion:</source>
        <translation>&amp;Bewegung reduzieren:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>Text&amp;größe:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Changes are saved at once and apply to the next session; a new language applies when Spotter starts again.</source>
        <translation>Änderungen werden sofort gespeichert und gelten ab der nächsten Einheit; eine neue Sprache gilt ab dem nächsten Start von Spotter.</translation>
    </message>
    <message>
        <source>The countdown before the first step, as set.</source>
        <translation>Der Countdown vor dem ersten Schritt, wie eingestellt.</translation>
    </message>
    <message>
        <source>It will last about %d s, not %d s: Spotter first says the exercise and its first step, then counts 3, 2, 1, and never cuts that short. Set %d s or more to get exactly what you set.</source>
        <translation>Er dauert etwa %d s statt %d s: Spotter nennt zuerst die Übung und ihren ersten Schritt, zählt dann 3, 2, 1 und kürzt das nie ab. Stelle %d s oder mehr ein, um genau das Eingestellte zu bekommen.</translation>
    </message>
    <message>
        <source>Speech is off: “Speak the cues” is unchecked, so cues are shown as captions only.</source>
        <translation>Die Sprachausgabe ist aus: „Ansagen sprechen“ ist nicht angehakt, die Ansagen erscheinen nur als Untertitel.</translation>
    </message>
    <message>
        <source>Speech is on: cues are spoken and shown as captions.</source>
        <translation>Die Sprachausgabe ist an: Die Ansagen werden gesprochen und als Untertitel gezeigt.</translation>
    </message>
</context>
<context>
    <name>SpotterApp</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Workouts</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Player</translation>
    </message>
    <message>
        <source>Loading the library…</source>
        <translation>Bibliothek wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n content file(s) could not be loaded; run `spotter validate` for details</source>
        <translation>
            <numerusform>%n Inhaltsdatei konnte nicht geladen werden; Einzelheiten mit `spotter validate`</numerusform>
            <numerusform>%n Inhaltsdateien konnten nicht geladen werden; Einzelheiten mit `spotter validate`</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s) have no translation in this language; shown as written</source>
        <translation>
            <numerusform>%n Übung hat keine Übersetzung in dieser Sprache; sie wird im Original gezeigt</numerusform>
            <numerusform>%n Übungen haben keine Übersetzung in dieser Sprache; sie werden im Original gezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>The library could not be loaded: %s</source>
        <translation>Die Bibliothek konnte nicht geladen werden: %s</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Progress of the session</source>
        <translation>Fortschritt der Einheit</translation>
    </message>
    <message>
        <source>Progress of this step</source>
        <translation>Fortschritt dieses Schritts</translation>
    </message>
</context>
<context>
    <name>VoiceCommands</name>
    <message>
        <source>Voice commands are off: %s.</source>
        <translation>Sprachbefehle sind aus: %s.</translation>
    </message>
    <message>
        <source>Voice commands stopped: %s.</source>
        <translation>Sprachbefehle wurden beendet: %s.</translation>
    </message>
</context>
<context>
    <name>WeeklyMinutesChart</name>
    <message>
        <source>Minutes per week</source>
        <translation>Minuten pro Woche</translation>
    </message>
    <message>
        <source>Chart of active minutes per week</source>
        <translation>Diagramm der aktiven Minuten pro Woche</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Active minutes per week</source>
        <translation>Aktive Minuten pro Woche</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Beginner</source>
        <translation>Einsteiger</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Fortgeschritten</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Profi</translation>
    </message>
    <message>
        <source>Easier</source>
        <translation>Leichter</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Harder</source>
        <translation>Schwerer</translation>
    </message>
    <message>
        <source>easier</source>
        <comment>in a sentence</comment>
        <translation>leichter</translation>
    </message>
    <message>
        <source>standard</source>
        <comment>in a sentence</comment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>harder</source>
        <comment>in a sentence</comment>
        <translation>schwerer</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>each side</source>
        <translation>jede Seite</translation>
    </message>
    <message>
        <source>alternating sides</source>
        <translation>abwechselnde Seiten</translation>
    </message>
    <message>
        <source>no sides</source>
        <translation>ohne Seiten</translation>
    </message>
    <message>
        <source>✓ completed</source>
        <translation>✓ abgeschlossen</translation>
    </message>
    <message>
        <source>■ stopped</source>
        <translation>■ beendet</translation>
    </message>
    <message>
        <source>⚠ interrupted</source>
        <translation>⚠ unterbrochen</translation>
    </message>
    <message>
        <source>● running</source>
        <translation>● läuft</translation>
    </message>
    <message>
        <source>↗ getting harder</source>
        <translation>↗ wird schwerer</translation>
    </message>
    <message>
        <source>↘ easier lately</source>
        <translation>↘ zuletzt leichter</translation>
    </message>
    <message>
        <source>→ steady</source>
        <translation>→ gleichbleibend</translation>
    </message>
    <message>
        <source>abs</source>
        <translation>Bauchmuskeln</translation>
    </message>
    <message>
        <source>abdominals</source>
        <translation>Bauchmuskeln</translation>
    </message>
    <message>
        <source>abductors</source>
        <translation>Abduktoren</translation>
    </message>
    <message>
        <source>adductors</source>
        <translation>Adduktoren</translation>
    </message>
    <message>
        <source>back</source>
        <translation>Rücken</translation>
    </message>
    <message>
        <source>biceps</source>
        <translation>Bizeps</translation>
    </message>
    <message>
        <source>calves</source>
        <translation>Waden</translation>
    </message>
    <message>
        <source>chest</source>
        <translation>Brust</translation>
    </message>
    <message>
        <source>core</source>
        <translation>Körpermitte</translation>
    </message>
    <message>
        <source>forearms</source>
        <translation>Unterarme</translation>
    </message>
    <message>
        <source>glutes</source>
        <translation>Gesäß</translation>
    </message>
    <message>
        <source>hamstrings</source>
        <translation>hintere Oberschenkel</translation>
    </message>
    <message>
        <source>hip flexors</source>
        <translation>Hüftbeuger</translation>
    </message>
    <message>
        <source>hips</source>
        <translation>Hüften</translation>
    </message>
    <message>
        <source>lats</source>
        <translation>breiter Rückenmuskel</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>unterer Rücken</translation>
    </message>
    <message>
        <source>middle back</source>
        <translation>mittlerer Rücken</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <source>obliques</source>
        <translation>schräge Bauchmuskeln</translation>
    </message>
    <message>
        <source>quadriceps</source>
        <translation>Quadrizeps</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>Schultern</translation>
    </message>
    <message>
        <source>spine</source>
        <translation>Wirbelsäule</translation>
    </message>
    <message>
        <source>traps</source>
        <translation>Trapezmuskel</translation>
    </message>
    <message>
        <source>triceps</source>
        <translation>Trizeps</translation>
    </message>
    <message>
        <source>band</source>
        <translation>Gummiband</translation>
    </message>
    <message>
        <source>bands</source>
        <translation>Gummibänder</translation>
    </message>
    <message>
        <source>barbell</source>
        <translation>Langhantel</translation>
    </message>
    <message>
        <source>bench</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>body only</source>
        <translation>nur der Körper</translation>
    </message>
    <message>
        <source>cable</source>
        <translation>Kabelzug</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>Stuhl</translation>
    </message>
    <message>
        <source>dumbbell</source>
        <translation>Kurzhantel</translation>
    </message>
    <message>
        <source>dumbbells</source>
        <translation>Kurzhanteln</translation>
    </message>
    <message>
        <source>exercise ball</source>
        <translation>Gymnastikball</translation>
    </message>
    <message>
        <source>foam roll</source>
        <translation>Faszienrolle</translation>
    </message>
    <message>
        <source>kettlebells</source>
        <translation>Kettlebells</translation>
    </message>
    <message>
        <source>machine</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>mat</source>
        <translation>Matte</translation>
    </message>
    <message>
        <source>medicine ball</source>
        <translation>Medizinball</translation>
    </message>
    <message>
        <source>none</source>
        <comment>equipment</comment>
        <translation>nichts</translation>
    </message>
    <message>
        <source>other</source>
        <comment>equipment</comment>
        <translation>anderes</translation>
    </message>
    <message>
        <source>towel</source>
        <translation>Handtuch</translation>
    </message>
    <message>
        <source>wall</source>
        <translation>Wand</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n Satz</numerusform>
            <numerusform>%n Sätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n Übung</numerusform>
            <numerusform>%n Übungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Speech is muted: cues are shown as captions only.</source>
        <translation>Die Sprachausgabe ist stumm: Die Ansagen erscheinen nur als Untertitel.</translation>
    </message>
    <message>
        <source>Speech is off.</source>
        <translation>Die Sprachausgabe ist aus.</translation>
    </message>
    <message>
        <source>Speech is off: no sound device was found, so cues are shown as captions only.</source>
        <translation>Die Sprachausgabe ist aus: Es wurde kein Audiogerät gefunden, die Ansagen erscheinen nur als Untertitel.</translation>
    </message>
    <message>
        <source>Speech is off: the audio player did not finish playing a moment of silence.</source>
        <translation>Die Sprachausgabe ist aus: Der Audioplayer hat einen Moment Stille nicht zu Ende gespielt.</translation>
    </message>
    <message>
        <source>Speech is off: the speech engine did not start in time.</source>
        <translation>Die Sprachausgabe ist aus: Die Sprachsynthese ist nicht rechtzeitig gestartet.</translation>
    </message>
    <message>
        <source>Speech is off: the speech engine stopped responding.</source>
        <translation>Die Sprachausgabe ist aus: Die Sprachsynthese reagiert nicht mehr.</translation>
    </message>
    <message>
        <source>Speech is off: %s</source>
        <translation>Die Sprachausgabe ist aus: %s</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>im Stehen</translation>
    </message>
    <message>
        <source>on the back</source>
        <translation>in Rückenlage</translation>
    </message>
    <message>
        <source>face down</source>
        <translation>in Bauchlage</translation>
    </message>
    <message>
        <source>on the forearms</source>
        <translation>auf den Unterarmen</translation>
    </message>
    <message>
        <source>seated</source>
        <translation>im Sitzen</translation>
    </message>
    <message>
        <source>seated on a chair</source>
        <translation>auf einem Stuhl sitzend</translation>
    </message>
    <message>
        <source>kneeling</source>
        <translation>im Knien</translation>
    </message>
    <message>
        <source>sitting on the heels</source>
        <translation>im Fersensitz</translation>
    </message>
    <message>
        <source>child&apos;s pose</source>
        <translation>Kindhaltung</translation>
    </message>
    <message>
        <source>on all fours</source>
        <translation>im Vierfüßlerstand</translation>
    </message>
    <message>
        <source>plank</source>
        <translation>Liegestützposition</translation>
    </message>
    <message>
        <source>forearm plank</source>
        <translation>Unterarmstütz</translation>
    </message>
    <message>
        <source>reverse plank</source>
        <translation>umgekehrter Stütz</translation>
    </message>
    <message>
        <source>reverse tabletop</source>
        <translation>umgekehrter Tisch</translation>
    </message>
    <message>
        <source>lying on the side</source>
        <translation>in Seitenlage</translation>
    </message>
    <message>
        <source>bridge</source>
        <translation>Brücke</translation>
    </message>
</context>
<context>
    <name>WorkoutBuilder</name>
    <message>
        <source>New workout</source>
        <translation>Neues Training</translation>
    </message>
    <message>
        <source>Workout title</source>
        <translation>Titel des Trainings</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptteil</translation>
    </message>
    <message>
        <source>Cool-down</source>
        <translation>Abwärmen</translation>
    </message>
    <message>
        <source>Edit workout</source>
        <translation>Training bearbeiten</translation>
    </message>
    <message>
        <source>Find an exercise: name, muscle or equipment…</source>
        <translation>Übung suchen: Name, Muskel oder Ausrüstung…</translation>
    </message>
    <message>
        <source>Find an exercise to add</source>
        <translation>Eine Übung zum Hinzufügen suchen</translation>
    </message>
    <message>
        <source>Exercises found</source>
        <translation>Gefundene Übungen</translation>
    </message>
    <message>
        <source>Add to part</source>
        <translation>Zum Teil hinzufügen</translation>
    </message>
    <message>
        <source>Add the exercise found above (Enter in the search)</source>
        <translation>Die oben gefundene Übung hinzufügen (Eingabe in der Suche)</translation>
    </message>
    <message>
        <source>Remove the selected exercise (Delete)</source>
        <translation>Die gewählte Übung entfernen (Entf)</translation>
    </message>
    <message>
        <source>Move the selected exercise earlier (Ctrl+Up)</source>
        <translation>Die gewählte Übung nach vorn schieben (Strg+Hoch)</translation>
    </message>
    <message>
        <source>Move the selected exercise later (Ctrl+Down)</source>
        <translation>Die gewählte Übung nach hinten schieben (Strg+Runter)</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Rest after (s)</source>
        <translation>Pause (s)</translation>
    </message>
    <message>
        <source>Exercises in this workout</source>
        <translation>Übungen in diesem Training</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Di&amp;fficulty:</source>
        <translation>&amp;Schwierigkeit:</translation>
    </message>
    <message>
        <source>Rest &amp;between exercises:</source>
        <translation>&amp;Pause zwischen den Übungen:</translation>
    </message>
    <message>
        <source>Written in this workout&apos;s file: saving keeps it as it is there. Move or remove it here; change it in the file.</source>
        <translation>In der Datei dieses Trainings geschrieben: Beim Speichern bleibt es so, wie es dort steht. Hier kannst du es verschieben oder entfernen; ändern kannst du es in der Datei.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>%s (written in the file)</source>
        <translation>%s (aus der Datei)</translation>
    </message>
    <message>
        <source>%s (not in the library)</source>
        <translation>%s (nicht in der Bibliothek)</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Give the workout a title and add at least one exercise to its main part.</source>
        <translation>Gib dem Training einen Titel und füge seinem Hauptteil mindestens eine Übung hinzu.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The workout could not be saved: %s</source>
        <translation>Das Training konnte nicht gespeichert werden: %s</translation>
    </message>
</context>
<context>
    <name>WorkoutsView</name>
    <message>
        <source>Workouts</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>Pick a workout to see its exercises; Enter starts it</source>
        <translation>Wähle ein Training, um seine Übungen zu sehen; Eingabe startet es</translation>
    </message>
    <message>
        <source>Workout details</source>
        <translation>Details des Trainings</translation>
    </message>
    <message>
        <source>Figures of the workout&apos;s exercises</source>
        <translation>Figuren der Übungen des Trainings</translation>
    </message>
    <message>
        <source>&amp;Start workout</source>
        <translation>Training &amp;starten</translation>
    </message>
    <message>
        <source>Start the selected workout (Enter in the list)</source>
        <translation>Das gewählte Training starten (Eingabe in der Liste)</translation>
    </message>
    <message>
        <source>&amp;New workout…</source>
        <translation>&amp;Neues Training…</translation>
    </message>
    <message>
        <source>Build a workout of your own from the library&apos;s exercises</source>
        <translation>Ein eigenes Training aus den Übungen der Bibliothek zusammenstellen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>cannot be planned</source>
        <translation>nicht planbar</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>deins</translation>
    </message>
    <message>
        <source>Only your own workouts can be changed: make a new one instead.</source>
        <translation>Nur eigene Trainings lassen sich ändern: Erstelle stattdessen ein neues.</translation>
    </message>
    <message>
        <source>Change this workout in the builder</source>
        <translation>Dieses Training im Editor ändern</translation>
    </message>
    <message>
        <source>Delete this workout (asks first)</source>
        <translation>Dieses Training löschen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Delete this workout?</source>
        <translation>Dieses Training löschen?</translation>
    </message>
    <message>
        <source>Delete “%s”? Its file is removed; sessions you did with it stay in your history.</source>
        <translation>„%s“ löschen? Die Datei wird entfernt; deine Einheiten damit bleiben im Verlauf.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>The workout could not be deleted: %s</source>
        <translation>Das Training konnte nicht gelöscht werden: %s</translation>
    </message>
</context>
</TS>
