<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ContentPage</name>
    <message>
        <source>Difficulty</source>
        <translation>Dificultad</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Sets × reps</source>
        <translation>Series × repeticiones</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Lados</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Muscles</source>
        <translation>Músculos</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <source>Easier</source>
        <translation>Más fácil</translation>
    </message>
    <message>
        <source>Harder</source>
        <translation>Más difícil</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <source>Avoid if</source>
        <translation>Evítalo si</translation>
    </message>
    <message>
        <source>Stop if</source>
        <translation>Para si</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>Preguntas frecuentes</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Tiempo total</translation>
    </message>
    <message>
        <source>Rest between exercises</source>
        <translation>Descanso entre ejercicios</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Calentamiento</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Cool-down</source>
        <translation>Vuelta a la calma</translation>
    </message>
</context>
<context>
    <name>EndScreen</name>
    <message>
        <source>How hard was it?  1 = very easy … 10 = all-out  (keys 1–9, 0 for 10)</source>
        <translation>¿Cuánto te ha costado?  1 = muy fácil … 10 = al máximo  (teclas 1–9, 0 para 10)</translation>
    </message>
    <message>
        <source>Effort %d of 10</source>
        <translation>Esfuerzo %d de 10</translation>
    </message>
    <message>
        <source>How hard it felt, from 1 (very easy) to 10 (all-out); key %d</source>
        <translation>Cuánto te costó, de 1 (muy fácil) a 10 (al máximo); tecla %d</translation>
    </message>
    <message>
        <source>Notes for next time (optional): how it felt, what to change…</source>
        <translation>Notas para la próxima vez (opcional): cómo te sentiste, qué cambiarías…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Save to history  (Ctrl+S)</source>
        <translation>&amp;Guardar en el historial  (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Back to the library</source>
        <translation>&amp;Volver a la biblioteca</translation>
    </message>
    <message>
        <source>See &amp;history</source>
        <translation>Ver el &amp;historial</translation>
    </message>
    <message>
        <source>Add how hard it was and your notes to this session</source>
        <translation>Añadir a esta sesión cuánto te costó y tus notas</translation>
    </message>
    <message>
        <source>Leave the summary and pick another exercise</source>
        <translation>Salir del resumen y elegir otro ejercicio</translation>
    </message>
    <message>
        <source>Open the history with this session in it</source>
        <translation>Abrir el historial, con esta sesión</translation>
    </message>
    <message>
        <source>Finished, with an exercise stopped for pain</source>
        <translation>Terminado, con un ejercicio parado por dolor</translation>
    </message>
    <message>
        <source>Stopped: this hurts</source>
        <translation>Parado: esto duele</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>¡Muy bien!</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Sesión detenida</translation>
    </message>
    <message>
        <source>Time: %s active</source>
        <translation>Tiempo: %s en activo</translation>
    </message>
    <message>
        <source>, %s paused</source>
        <translation>, %s en pausa</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source> — “this hurts” ×%d</source>
        <translation> — «esto duele» ×%d</translation>
    </message>
    <message>
        <source> — not finished</source>
        <translation> — sin terminar</translation>
    </message>
    <message>
        <source>Not reached: %d of %d exercises</source>
        <translation>Sin llegar: %d de %d ejercicios</translation>
    </message>
    <message>
        <source>⚠  You said “this hurts”, so that exercise was stopped. If the pain is sharp or stays, get advice before you do it again.</source>
        <translation>⚠  Dijiste «esto duele», así que ese ejercicio se paró. Si el dolor es agudo o no se va, consulta a un profesional antes de repetirlo.</translation>
    </message>
    <message>
        <source>Modifications used: %s</source>
        <translation>Variantes usadas: %s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>The session is in your history. Rate it and save, or just leave.</source>
        <translation>La sesión ya está en tu historial. Valórala y guarda, o simplemente sal.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Not in your history yet: it is kept in %s and goes in at the next start.</source>
        <translation>Aún no está en tu historial: se guarda en %s y entrará en el próximo inicio.</translation>
    </message>
    <message>
        <source>Saved ✓</source>
        <translation>Guardado ✓</translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation>No se ha guardado: %s</translation>
    </message>
</context>
<context>
    <name>ExerciseDetail</name>
    <message>
        <source>Figures of the steps</source>
        <translation>Figuras de los pasos</translation>
    </message>
    <message>
        <source>Exercise details</source>
        <translation>Detalles del ejercicio</translation>
    </message>
    <message>
        <source>Modification to start with</source>
        <translation>Variante con la que empezar</translation>
    </message>
    <message>
        <source>Start with the exercise as written, or an easier or harder version</source>
        <translation>Empezar con el ejercicio tal como está escrito, o con una versión más fácil o más difícil</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <source>Start this exercise (Ctrl+Return)</source>
        <translation>Empezar este ejercicio (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nivel:</translation>
    </message>
    <message>
        <source>Step %d</source>
        <translation>Paso %d</translation>
    </message>
    <message>
        <source>Search or filter the list, then pick an exercise to see its steps, modifications and cautions.</source>
        <translation>Busca o filtra la lista y elige un ejercicio para ver sus pasos, variantes y precauciones.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Easier</source>
        <translation>Más fácil</translation>
    </message>
    <message>
        <source>Harder</source>
        <translation>Más difícil</translation>
    </message>
    <message>
        <source>%s: %s</source>
        <translation>%s: %s</translation>
    </message>
    <message>
        <source>Loading picture…</source>
        <translation>Cargando la imagen…</translation>
    </message>
    <message>
        <source>Picture of %s</source>
        <translation>Imagen de %s</translation>
    </message>
</context>
<context>
    <name>FigureWidget</name>
    <message>
        <source>Figure: %s</source>
        <translation>Figura: %s</translation>
    </message>
    <message>
        <source>No figure</source>
        <translation>Sin figura</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Borrar…</translation>
    </message>
    <message>
        <source>Do it &amp;again</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <source>Save the whole history as a CSV or JSON file</source>
        <translation>Guardar todo el historial en un archivo CSV o JSON</translation>
    </message>
    <message>
        <source>Delete the selected session from the history (asks first)</source>
        <translation>Borrar del historial la sesión seleccionada (pregunta antes)</translation>
    </message>
    <message>
        <source>Start the selected session&apos;s exercise or workout again</source>
        <translation>Volver a empezar el ejercicio o el entrenamiento de la sesión seleccionada</translation>
    </message>
    <message>
        <source>day streak</source>
        <translation>días seguidos</translation>
    </message>
    <message>
        <source>minutes this week</source>
        <translation>minutos esta semana</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
    <message>
        <source>longest streak</source>
        <translation>racha más larga</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Sessions by date</source>
        <translation>Sesiones por fecha</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Detalles de la sesión</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Veces</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>Última vez</translation>
    </message>
    <message>
        <source>Levels, oldest first (E/S/H)</source>
        <translation>Niveles, del más antiguo al más reciente (E/S/H)</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>La próxima vez</translation>
    </message>
    <message>
        <source>Progress by exercise</source>
        <translation>Progreso por ejercicio</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minutos por semana</translation>
    </message>
    <message>
        <source>%s (demo, ×%s)</source>
        <translation>%s (demostración, ×%s)</translation>
    </message>
    <message>
        <source>Played with --speed: left out of the streak, minutes and progress</source>
        <translation>Hecha con --speed: no cuenta para la racha, los minutos ni el progreso</translation>
    </message>
    <message>
        <source>No sessions yet. Pick an exercise in the Library and press Start: it will show up here.</source>
        <translation>Todavía no hay sesiones. Elige un ejercicio en la Biblioteca y pulsa Empezar: aparecerá aquí.</translation>
    </message>
    <message>
        <source>try easier</source>
        <translation>prueba más fácil</translation>
    </message>
    <message>
        <source>try standard</source>
        <translation>prueba la estándar</translation>
    </message>
    <message>
        <source>try harder</source>
        <translation>prueba más difícil</translation>
    </message>
    <message>
        <source>Delete this session?</source>
        <translation>¿Borrar esta sesión?</translation>
    </message>
    <message>
        <source>Delete “%s” of %s from your history? This cannot be undone.</source>
        <translation>¿Borrar «%s» del %s de tu historial? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar el historial</translation>
    </message>
    <message>
        <source>CSV, one row per exercise (*.csv);;JSON (*.json)</source>
        <translation>CSV, una fila por ejercicio (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>History exported to %s</source>
        <translation>Historial exportado a %s</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Import exercises from free-exercise-db</source>
        <translation>Importar ejercicios de free-exercise-db</translation>
    </message>
    <message>
        <source>free-exercise-db exercises (*.json)</source>
        <translation>Ejercicios de free-exercise-db (*.json)</translation>
    </message>
    <message>
        <source>Importing exercises…</source>
        <translation>Importando ejercicios…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 skipped.</source>
        <translation>%1 añadidos, %2 actualizados, %3 sin cambios, %4 omitidos.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>La importación falló</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Search exercises (Ctrl+F)…</source>
        <translation>Buscar ejercicios (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation>Buscar ejercicios</translation>
    </message>
    <message>
        <source>Muscle filter</source>
        <translation>Filtro por músculo</translation>
    </message>
    <message>
        <source>Any muscle</source>
        <translation>Músculo</translation>
    </message>
    <message>
        <source>Show only the exercises that work this muscle</source>
        <translation>Mostrar solo los ejercicios que trabajan este músculo</translation>
    </message>
    <message>
        <source>Equipment filter</source>
        <translation>Filtro por material</translation>
    </message>
    <message>
        <source>Any equipment</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Show only the exercises that use this equipment</source>
        <translation>Mostrar solo los ejercicios que usan este material</translation>
    </message>
    <message>
        <source>Difficulty filter</source>
        <translation>Filtro por dificultad</translation>
    </message>
    <message>
        <source>Any difficulty</source>
        <translation>Dificultad</translation>
    </message>
    <message>
        <source>Show only the exercises of this difficulty</source>
        <translation>Mostrar solo los ejercicios de esta dificultad</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Pick an exercise to see it; Enter starts it</source>
        <translation>Elige un ejercicio para verlo; Intro lo empieza</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import exercises from free-exercise-db (exercises.json)</source>
        <translation>Importar ejercicios de free-exercise-db (exercises.json)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n exercise(s)</source>
        <translation>
            <numerusform>%1 de %n ejercicio</numerusform>
            <numerusform>%1 de %n ejercicios</numerusform>
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
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Spotter&apos;s sections: Ctrl+1 to Ctrl+4 open them from anywhere</source>
        <translation>Las secciones de Spotter: Ctrl+1 a Ctrl+4 las abren desde cualquier sitio</translation>
    </message>
    <message>
        <source>%s (Ctrl+%d)</source>
        <translation>%s (Ctrl+%d)</translation>
    </message>
</context>
<context>
    <name>PlayerPage</name>
    <message>
        <source>Getting ready…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>A session is running</source>
        <translation>Hay una sesión en marcha</translation>
    </message>
    <message>
        <source>Stop the current session (Esc) before starting another.</source>
        <translation>Detén la sesión actual (Esc) antes de empezar otra.</translation>
    </message>
    <message>
        <source>Getting ready: %s…</source>
        <translation>Preparando: %s…</translation>
    </message>
    <message>
        <source>No exercise is under way: the level can be changed during one.</source>
        <translation>No hay ningún ejercicio en marcha: el nivel se cambia durante uno.</translation>
    </message>
    <message>
        <source>%s has no easier form.</source>
        <translation>%s no tiene una forma más fácil.</translation>
    </message>
    <message>
        <source>This is already the easiest form of %s.</source>
        <translation>Esta ya es la forma más fácil de %s.</translation>
    </message>
    <message>
        <source>%s has no harder form.</source>
        <translation>%s no tiene una forma más difícil.</translation>
    </message>
    <message>
        <source>This is already the hardest form of %s.</source>
        <translation>Esta ya es la forma más difícil de %s.</translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation>No se puede empezar</translation>
    </message>
    <message>
        <source>This session cannot start: %s</source>
        <translation>Esta sesión no puede empezar: %s</translation>
    </message>
    <message>
        <source>Listening for voice commands</source>
        <translation>Escuchando órdenes de voz</translation>
    </message>
    <message>
        <source>Heard: %s</source>
        <translation>Oído: %s</translation>
    </message>
    <message>
        <source>this hurts</source>
        <translation>esto duele</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>¿Detener la sesión?</translation>
    </message>
    <message>
        <source>Stop now? What you did so far is kept in your history.</source>
        <translation>¿Parar ahora? Lo que has hecho hasta aquí se queda en tu historial.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>This hurts</source>
        <translation>Esto duele</translation>
    </message>
    <message>
        <source>Go on with the rest of the workout, or end it here?</source>
        <translation>¿Seguir con el resto del entrenamiento o terminarlo aquí?</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Terminar la sesión</translation>
    </message>
    <message>
        <source>Quit Spotter?</source>
        <translation>¿Salir de Spotter?</translation>
    </message>
    <message>
        <source>A session is running. Quit now? It is kept in your history, and Spotter offers to resume it next time.</source>
        <translation>Hay una sesión en marcha. ¿Salir ahora? Se guarda en tu historial y Spotter te ofrecerá reanudarla la próxima vez.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>the session was not recorded</source>
        <translation>la sesión no se ha registrado</translation>
    </message>
    <message>
        <source>the history file cannot be written</source>
        <translation>no se puede escribir el archivo del historial</translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Go back to the previous step</source>
        <translation>Volver al paso anterior</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause the session; the countdown stops</source>
        <translation>Pausar la sesión; la cuenta atrás se detiene</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Saltar al paso siguiente</translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation>+10 s</translation>
    </message>
    <message>
        <source>Add ten seconds to this step</source>
        <translation>Añadir diez segundos a este paso</translation>
    </message>
    <message>
        <source>This hurts</source>
        <translation>Esto duele</translation>
    </message>
    <message>
        <source>Say it hurts: Spotter switches to an easier version</source>
        <translation>Avisar de dolor: Spotter pasa a una versión más fácil</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Silence the voice; captions and announcements go on</source>
        <translation>Silenciar la voz; los subtítulos y los avisos siguen</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <source>Listen for voice commands: next, back, pause, resume, easier, harder, done, stop, this hurts</source>
        <translation>Escuchar órdenes de voz, dichas en inglés: next, back, pause, resume, easier, harder, done, stop, this hurts</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Fill the screen with the player, or leave full screen</source>
        <translation>Ocupar toda la pantalla con el reproductor, o salir de ella</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop the session (asks first)</source>
        <translation>Detener la sesión (pregunta antes)</translation>
    </message>
    <message>
        <source>Easier</source>
        <translation>Más fácil</translation>
    </message>
    <message>
        <source>Switch to the easier version of this exercise</source>
        <translation>Pasar a la versión más fácil de este ejercicio</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Go back to the exercise as written</source>
        <translation>Volver al ejercicio tal como está escrito</translation>
    </message>
    <message>
        <source>Harder</source>
        <translation>Más difícil</translation>
    </message>
    <message>
        <source>Switch to the harder version of this exercise</source>
        <translation>Pasar a la versión más difícil de este ejercicio</translation>
    </message>
    <message>
        <source>GET READY</source>
        <translation>PREPÁRATE</translation>
    </message>
    <message>
        <source>NOW</source>
        <translation>AHORA</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>DESCANSO</translation>
    </message>
    <message>
        <source>SWITCH SIDES</source>
        <translation>CAMBIO DE LADO</translation>
    </message>
    <message>
        <source>FINISH</source>
        <translation>FINAL</translation>
    </message>
    <message>
        <source>seconds left in this step</source>
        <translation>segundos que quedan en este paso</translation>
    </message>
    <message>
        <source>Countdown of the current step</source>
        <translation>Cuenta atrás del paso actual</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <source>✓  Done  (D)</source>
        <translation>✓  Hecho  (D)</translation>
    </message>
    <message>
        <source>Done with this step</source>
        <translation>Paso terminado</translation>
    </message>
    <message>
        <source>Say you finished the repetitions (key: D)</source>
        <translation>Indicar que has terminado las repeticiones (tecla: D)</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>%1 (key: %2)</source>
        <translation>%1 (tecla: %2)</translation>
    </message>
    <message>
        <source>Time left in this step: %s</source>
        <translation>Tiempo restante en este paso: %s</translation>
    </message>
    <message>
        <source>Total left %s</source>
        <translation>Quedan %s en total</translation>
    </message>
    <message>
        <source>Exercise %d of %d</source>
        <translation>Ejercicio %d de %d</translation>
    </message>
    <message>
        <source>Step %d of %d</source>
        <translation>Paso %d de %d</translation>
    </message>
    <message>
        <source>Set %d of %d</source>
        <translation>Serie %d de %d</translation>
    </message>
    <message numerus="yes">
        <source>%n REPS</source>
        <translation>
            <numerusform>%n REPETICIÓN</numerusform>
            <numerusform>%n REPETICIONES</numerusform>
        </translation>
    </message>
    <message>
        <source>PAUSED — press Space to go on</source>
        <translation>EN PAUSA — pulsa Espacio para seguir</translation>
    </message>
    <message>
        <source>seconds left</source>
        <translation>segundos restantes</translation>
    </message>
    <message>
        <source>minutes left</source>
        <translation>minutos restantes</translation>
    </message>
    <message>
        <source>Next up: %s</source>
        <translation>A continuación: %s</translation>
    </message>
    <message>
        <source>Level: Standard form</source>
        <translation>Nivel: forma estándar</translation>
    </message>
    <message>
        <source>Level: %s (%s)</source>
        <translation>Nivel: %s (%s)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Resume the session where it stopped</source>
        <translation>Reanudar la sesión donde se detuvo</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Reanudada</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Activar sonido</translation>
    </message>
    <message>
        <source>Let the voice speak the cues again</source>
        <translation>Que la voz vuelva a decir las indicaciones</translation>
    </message>
</context>
<context>
    <name>ResumeOffer</name>
    <message>
        <source>Resume your session?</source>
        <translation>¿Reanudar tu sesión?</translation>
    </message>
    <message>
        <source>“%s”, started at %s, was interrupted after %s.</source>
        <translation>«%s», empezada a las %s, se interrumpió tras %s.</translation>
    </message>
    <message>
        <source>Resume where you left off, keep it in history as it is, or discard it?</source>
        <translation>¿Reanudarla donde la dejaste, guardarla en el historial tal cual o descartarla?</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>&amp;Keep as it is</source>
        <translation>&amp;Guardar tal cual</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Active</source>
        <translation>En activo</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>A demo at %s× speed: left out of the streak, minutes and progress.</source>
        <translation>Una demostración a velocidad ×%s: no cuenta para la racha, los minutos ni el progreso.</translation>
    </message>
    <message>
        <source>Effort (RPE)</source>
        <translation>Esfuerzo (RPE)</translation>
    </message>
    <message>
        <source>%s / 10</source>
        <translation>%s / 10</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>saltado</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>sin terminar</translation>
    </message>
    <message>
        <source>“this hurts” ×%s</source>
        <translation>«esto duele» ×%s</translation>
    </message>
    <message>
        <source>Switched: %s</source>
        <translation>Cambios: %s</translation>
    </message>
</context>
<context>
    <name>SessionRunner</name>
    <message>
        <source>Speech is off: %s</source>
        <translation>La voz está desactivada: %s</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Speak the cues</source>
        <translation>Decir las indicaciones en voz alta</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Default voice</source>
        <translation>Voz predeterminada</translation>
    </message>
    <message>
        <source> words/min</source>
        <translation> palabras/min</translation>
    </message>
    <message>
        <source>Speech rate</source>
        <translation>Velocidad de la voz</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Get-ready seconds</source>
        <translation>Segundos de preparación</translation>
    </message>
    <message>
        <source>Default rest</source>
        <translation>Descanso por defecto</translation>
    </message>
    <message>
        <source>Beep on the last three seconds</source>
        <translation>Pitar en los tres últimos segundos</translation>
    </message>
    <message>
        <source>Listen for voice commands (next, back, pause, resume, easier, harder, done, stop, “this hurts”)</source>
        <translation>Escuchar órdenes de voz, dichas en inglés (next, back, pause, resume, easier, harder, done, stop, «this hurts»)</translation>
    </message>
    <message>
        <source>Off by default. Uses the microphone during a session, offline: nothing heard is stored or sent anywhere</source>
        <translation>Desactivado por defecto. Usa el micrófono durante la sesión, sin conexión: nada de lo que oye se guarda ni se envía a ningún sitio</translation>
    </message>
    <message>
        <source>Keep the figure still</source>
        <translation>Mantener la figura quieta</translation>
    </message>
    <message>
        <source>The player shows each step&apos;s pose without moving it</source>
        <translation>El reproductor muestra la postura de cada paso sin moverla</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Off: no voice at all, the cues are shown as captions</source>
        <translation>Desactivado: sin voz, las indicaciones se muestran como subtítulos</translation>
    </message>
    <message>
        <source>The voice that speaks the cues; the current language&apos;s come first</source>
        <translation>La voz que dice las indicaciones; primero las del idioma actual</translation>
    </message>
    <message>
        <source>How fast the voice speaks</source>
        <translation>Lo rápido que habla la voz</translation>
    </message>
    <message>
        <source>How loud the voice speaks</source>
        <translation>Lo alto que habla la voz</translation>
    </message>
    <message>
        <source>Seconds to get in place before the first step</source>
        <translation>Segundos para colocarte antes del primer paso</translation>
    </message>
    <message>
        <source>Seconds of rest between exercises when a workout does not say</source>
        <translation>Segundos de descanso entre ejercicios cuando el entrenamiento no lo indica</translation>
    </message>
    <message>
        <source>A short beep on each of the last three seconds of a step</source>
        <translation>Un pitido corto en cada uno de los tres últimos segundos de un paso</translation>
    </message>
    <message>
        <source>Bigger or smaller text everywhere, on top of the system&apos;s font size</source>
        <translation>Texto más grande o más pequeño en todas partes, sobre el tamaño de letra del sistema</translation>
    </message>
    <message>
        <source>Light, dark or high contrast; or follow the system</source>
        <translation>Claro, oscuro o alto contraste; o como el sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of the screens, the voice and the messages, from the next start</source>
        <translation>El idioma de las pantallas, la voz y los mensajes, a partir del próximo inicio</translation>
    </message>
    <message>
        <source>Checking the speech engine and the sound device…</source>
        <translation>Comprobando el motor de voz y el dispositivo de sonido…</translation>
    </message>
    <message>
        <source>&amp;Voice:</source>
        <translation>&amp;Voz:</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>V&amp;elocidad:</translation>
    </message>
    <message>
        <source>V&amp;olume:</source>
        <translation>V&amp;olumen:</translation>
    </message>
    <message>
        <source>&amp;Get ready:</source>
        <translation>&amp;Preparación:</translation>
    </message>
    <message>
        <source>Default &amp;rest:</source>
        <translation>&amp;Descanso por defecto:</translation>
    </message>
    <message>
        <source>&amp;Beeps:</source>
        <translation>Pi&amp;tidos:</translation>
    </message>
    <message>
        <source>Voice &amp;commands:</source>
        <translation>Órdenes de vo&amp;z:</translation>
    </message>
    <message>
        <source>Reduce &amp;motion:</source>
        <translation>Reducir el movimie&amp;nto:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>Tamaño del te&amp;xto:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>Te&amp;ma:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Changes are saved at once and apply to the next session; a new language applies when Spotter starts again.</source>
        <translation>Los cambios se guardan al momento y valen para la próxima sesión; un idioma nuevo se aplica cuando Spotter vuelve a arrancar.</translation>
    </message>
    <message>
        <source>The countdown before the first step, as set.</source>
        <translation>La cuenta atrás antes del primer paso, tal como está ajustada.</translation>
    </message>
    <message>
        <source>It will last about %d s, not %d s: Spotter first says the exercise and its first step, then counts 3, 2, 1, and never cuts that short. Set %d s or more to get exactly what you set.</source>
        <translation>Durará unos %d s, no %d s: Spotter primero dice el ejercicio y su primer paso, luego cuenta 3, 2, 1, y nunca lo acorta. Pon %d s o más para tener exactamente lo que ajustas.</translation>
    </message>
    <message>
        <source>Speech is off: “Speak the cues” is unchecked, so cues are shown as captions only.</source>
        <translation>La voz está desactivada: «Decir las indicaciones en voz alta» no está marcado, así que las indicaciones solo se muestran como subtítulos.</translation>
    </message>
    <message>
        <source>Speech is on: cues are spoken and shown as captions.</source>
        <translation>La voz está activada: las indicaciones se dicen y se muestran como subtítulos.</translation>
    </message>
</context>
<context>
    <name>SpotterApp</name>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Workouts</source>
        <translation>Entrenamientos</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Reproductor</translation>
    </message>
    <message>
        <source>Loading the library…</source>
        <translation>Cargando la biblioteca…</translation>
    </message>
    <message numerus="yes">
        <source>%n content file(s) could not be loaded; run `spotter validate` for details</source>
        <translation>
            <numerusform>No se pudo cargar %n archivo de contenido; ejecuta `spotter validate` para ver los detalles</numerusform>
            <numerusform>No se pudieron cargar %n archivos de contenido; ejecuta `spotter validate` para ver los detalles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s) have no translation in this language; shown as written</source>
        <translation>
            <numerusform>%n ejercicio no tiene traducción a este idioma; se muestra como está escrito</numerusform>
            <numerusform>%n ejercicios no tienen traducción a este idioma; se muestran como están escritos</numerusform>
        </translation>
    </message>
    <message>
        <source>The library could not be loaded: %s</source>
        <translation>No se pudo cargar la biblioteca: %s</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Progress of the session</source>
        <translation>Progreso de la sesión</translation>
    </message>
    <message>
        <source>Progress of this step</source>
        <translation>Progreso de este paso</translation>
    </message>
</context>
<context>
    <name>VoiceCommands</name>
    <message>
        <source>Voice commands are off: %s.</source>
        <translation>Las órdenes de voz están desactivadas: %s.</translation>
    </message>
    <message>
        <source>Voice commands stopped: %s.</source>
        <translation>Las órdenes de voz se han detenido: %s.</translation>
    </message>
</context>
<context>
    <name>WeeklyMinutesChart</name>
    <message>
        <source>Minutes per week</source>
        <translation>Minutos por semana</translation>
    </message>
    <message>
        <source>Chart of active minutes per week</source>
        <translation>Gráfico de minutos activos por semana</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>Active minutes per week</source>
        <translation>Minutos activos por semana</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Beginner</source>
        <translation>Principiante</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermedio</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Easier</source>
        <translation>Más fácil</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Harder</source>
        <translation>Más difícil</translation>
    </message>
    <message>
        <source>easier</source>
        <comment>in a sentence</comment>
        <translation>más fácil</translation>
    </message>
    <message>
        <source>standard</source>
        <comment>in a sentence</comment>
        <translation>estándar</translation>
    </message>
    <message>
        <source>harder</source>
        <comment>in a sentence</comment>
        <translation>más difícil</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>each side</source>
        <translation>cada lado</translation>
    </message>
    <message>
        <source>alternating sides</source>
        <translation>lados alternos</translation>
    </message>
    <message>
        <source>no sides</source>
        <translation>sin lados</translation>
    </message>
    <message>
        <source>✓ completed</source>
        <translation>✓ completada</translation>
    </message>
    <message>
        <source>■ stopped</source>
        <translation>■ detenida</translation>
    </message>
    <message>
        <source>⚠ interrupted</source>
        <translation>⚠ interrumpida</translation>
    </message>
    <message>
        <source>● running</source>
        <translation>● en curso</translation>
    </message>
    <message>
        <source>↗ getting harder</source>
        <translation>↗ cada vez más difícil</translation>
    </message>
    <message>
        <source>↘ easier lately</source>
        <translation>↘ más fácil últimamente</translation>
    </message>
    <message>
        <source>→ steady</source>
        <translation>→ estable</translation>
    </message>
    <message>
        <source>abs</source>
        <translation>abdominales</translation>
    </message>
    <message>
        <source>abdominals</source>
        <translation>abdominales</translation>
    </message>
    <message>
        <source>abductors</source>
        <translation>abductores</translation>
    </message>
    <message>
        <source>adductors</source>
        <translation>aductores</translation>
    </message>
    <message>
        <source>back</source>
        <translation>espalda</translation>
    </message>
    <message>
        <source>biceps</source>
        <translation>bíceps</translation>
    </message>
    <message>
        <source>calves</source>
        <translation>gemelos</translation>
    </message>
    <message>
        <source>chest</source>
        <translation>pecho</translation>
    </message>
    <message>
        <source>core</source>
        <translation>zona media</translation>
    </message>
    <message>
        <source>forearms</source>
        <translation>antebrazos</translation>
    </message>
    <message>
        <source>glutes</source>
        <translation>glúteos</translation>
    </message>
    <message>
        <source>hamstrings</source>
        <translation>isquiotibiales</translation>
    </message>
    <message>
        <source>hip flexors</source>
        <translation>flexores de la cadera</translation>
    </message>
    <message>
        <source>hips</source>
        <translation>caderas</translation>
    </message>
    <message>
        <source>lats</source>
        <translation>dorsales</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>zona lumbar</translation>
    </message>
    <message>
        <source>middle back</source>
        <translation>espalda media</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>cuello</translation>
    </message>
    <message>
        <source>obliques</source>
        <translation>oblicuos</translation>
    </message>
    <message>
        <source>quadriceps</source>
        <translation>cuádriceps</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>hombros</translation>
    </message>
    <message>
        <source>spine</source>
        <translation>columna</translation>
    </message>
    <message>
        <source>traps</source>
        <translation>trapecios</translation>
    </message>
    <message>
        <source>triceps</source>
        <translation>tríceps</translation>
    </message>
    <message>
        <source>band</source>
        <translation>banda elástica</translation>
    </message>
    <message>
        <source>bands</source>
        <translation>bandas elásticas</translation>
    </message>
    <message>
        <source>barbell</source>
        <translation>barra</translation>
    </message>
    <message>
        <source>bench</source>
        <translation>banco</translation>
    </message>
    <message>
        <source>block</source>
        <translation>bloque</translation>
    </message>
    <message>
        <source>body only</source>
        <translation>solo el cuerpo</translation>
    </message>
    <message>
        <source>cable</source>
        <translation>polea</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>silla</translation>
    </message>
    <message>
        <source>dumbbell</source>
        <translation>mancuerna</translation>
    </message>
    <message>
        <source>dumbbells</source>
        <translation>mancuernas</translation>
    </message>
    <message>
        <source>exercise ball</source>
        <translation>pelota de ejercicio</translation>
    </message>
    <message>
        <source>foam roll</source>
        <translation>rodillo de espuma</translation>
    </message>
    <message>
        <source>kettlebells</source>
        <translation>pesas rusas</translation>
    </message>
    <message>
        <source>machine</source>
        <translation>máquina</translation>
    </message>
    <message>
        <source>mat</source>
        <translation>esterilla</translation>
    </message>
    <message>
        <source>medicine ball</source>
        <translation>balón medicinal</translation>
    </message>
    <message>
        <source>none</source>
        <comment>equipment</comment>
        <translation>nada</translation>
    </message>
    <message>
        <source>other</source>
        <comment>equipment</comment>
        <translation>otro</translation>
    </message>
    <message>
        <source>towel</source>
        <translation>toalla</translation>
    </message>
    <message>
        <source>wall</source>
        <translation>pared</translation>
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
            <numerusform>%n repetición</numerusform>
            <numerusform>%n repeticiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n serie</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n ejercicio</numerusform>
            <numerusform>%n ejercicios</numerusform>
        </translation>
    </message>
    <message>
        <source>Speech is muted: cues are shown as captions only.</source>
        <translation>La voz está silenciada: las indicaciones solo se muestran como subtítulos.</translation>
    </message>
    <message>
        <source>Speech is off.</source>
        <translation>La voz está desactivada.</translation>
    </message>
    <message>
        <source>Speech is off: no sound device was found, so cues are shown as captions only.</source>
        <translation>La voz está desactivada: no se ha encontrado ningún dispositivo de sonido, así que las indicaciones solo se muestran como subtítulos.</translation>
    </message>
    <message>
        <source>Speech is off: the audio player did not finish playing a moment of silence.</source>
        <translation>La voz está desactivada: el reproductor de audio no terminó de reproducir un instante de silencio.</translation>
    </message>
    <message>
        <source>Speech is off: the speech engine did not start in time.</source>
        <translation>La voz está desactivada: el motor de voz no arrancó a tiempo.</translation>
    </message>
    <message>
        <source>Speech is off: the speech engine stopped responding.</source>
        <translation>La voz está desactivada: el motor de voz dejó de responder.</translation>
    </message>
    <message>
        <source>Speech is off: %s</source>
        <translation>La voz está desactivada: %s</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>de pie</translation>
    </message>
    <message>
        <source>on the back</source>
        <translation>boca arriba</translation>
    </message>
    <message>
        <source>face down</source>
        <translation>boca abajo</translation>
    </message>
    <message>
        <source>on the forearms</source>
        <translation>sobre los antebrazos</translation>
    </message>
    <message>
        <source>seated</source>
        <translation>sentado</translation>
    </message>
    <message>
        <source>seated on a chair</source>
        <translation>sentado en una silla</translation>
    </message>
    <message>
        <source>kneeling</source>
        <translation>de rodillas</translation>
    </message>
    <message>
        <source>sitting on the heels</source>
        <translation>sentado sobre los talones</translation>
    </message>
    <message>
        <source>child&apos;s pose</source>
        <translation>postura del niño</translation>
    </message>
    <message>
        <source>on all fours</source>
        <translation>a cuatro patas</translation>
    </message>
    <message>
        <source>plank</source>
        <translation>plancha</translation>
    </message>
    <message>
        <source>forearm plank</source>
        <translation>plancha sobre antebrazos</translation>
    </message>
    <message>
        <source>reverse plank</source>
        <translation>plancha invertida</translation>
    </message>
    <message>
        <source>reverse tabletop</source>
        <translation>mesa invertida</translation>
    </message>
    <message>
        <source>lying on the side</source>
        <translation>tumbado de lado</translation>
    </message>
    <message>
        <source>bridge</source>
        <translation>puente</translation>
    </message>
</context>
<context>
    <name>WorkoutBuilder</name>
    <message>
        <source>New workout</source>
        <translation>Nuevo entrenamiento</translation>
    </message>
    <message>
        <source>Workout title</source>
        <translation>Título del entrenamiento</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Calentamiento</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Parte principal</translation>
    </message>
    <message>
        <source>Cool-down</source>
        <translation>Vuelta a la calma</translation>
    </message>
    <message>
        <source>Edit workout</source>
        <translation>Editar el entrenamiento</translation>
    </message>
    <message>
        <source>Find an exercise: name, muscle or equipment…</source>
        <translation>Busca un ejercicio: nombre, músculo o material…</translation>
    </message>
    <message>
        <source>Find an exercise to add</source>
        <translation>Buscar un ejercicio que añadir</translation>
    </message>
    <message>
        <source>Exercises found</source>
        <translation>Ejercicios encontrados</translation>
    </message>
    <message>
        <source>Add to part</source>
        <translation>Añadir a la parte</translation>
    </message>
    <message>
        <source>Add the exercise found above (Enter in the search)</source>
        <translation>Añadir el ejercicio encontrado arriba (Intro en la búsqueda)</translation>
    </message>
    <message>
        <source>Remove the selected exercise (Delete)</source>
        <translation>Quitar el ejercicio seleccionado (Supr)</translation>
    </message>
    <message>
        <source>Move the selected exercise earlier (Ctrl+Up)</source>
        <translation>Mover antes el ejercicio seleccionado (Ctrl+Arriba)</translation>
    </message>
    <message>
        <source>Move the selected exercise later (Ctrl+Down)</source>
        <translation>Mover después el ejercicio seleccionado (Ctrl+Abajo)</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <source>Rest after (s)</source>
        <translation>Descanso (s)</translation>
    </message>
    <message>
        <source>Exercises in this workout</source>
        <translation>Ejercicios de este entrenamiento</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escripción:</translation>
    </message>
    <message>
        <source>Di&amp;fficulty:</source>
        <translation>Di&amp;ficultad:</translation>
    </message>
    <message>
        <source>Rest &amp;between exercises:</source>
        <translation>Descanso e&amp;ntre ejercicios:</translation>
    </message>
    <message>
        <source>Written in this workout&apos;s file: saving keeps it as it is there. Move or remove it here; change it in the file.</source>
        <translation>Escrito en el archivo de este entrenamiento: al guardar se conserva tal cual. Aquí puedes moverlo o quitarlo; para cambiarlo, edita el archivo.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>por defecto</translation>
    </message>
    <message>
        <source>%s (written in the file)</source>
        <translation>%s (escrito en el archivo)</translation>
    </message>
    <message>
        <source>%s (not in the library)</source>
        <translation>%s (no está en la biblioteca)</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Give the workout a title and add at least one exercise to its main part.</source>
        <translation>Ponle un título al entrenamiento y añade al menos un ejercicio a su parte principal.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se ha guardado</translation>
    </message>
    <message>
        <source>The workout could not be saved: %s</source>
        <translation>No se pudo guardar el entrenamiento: %s</translation>
    </message>
</context>
<context>
    <name>WorkoutsView</name>
    <message>
        <source>Workouts</source>
        <translation>Entrenamientos</translation>
    </message>
    <message>
        <source>Pick a workout to see its exercises; Enter starts it</source>
        <translation>Elige un entrenamiento para ver sus ejercicios; Intro lo empieza</translation>
    </message>
    <message>
        <source>Workout details</source>
        <translation>Detalles del entrenamiento</translation>
    </message>
    <message>
        <source>Figures of the workout&apos;s exercises</source>
        <translation>Figuras de los ejercicios del entrenamiento</translation>
    </message>
    <message>
        <source>&amp;Start workout</source>
        <translation>&amp;Empezar el entrenamiento</translation>
    </message>
    <message>
        <source>Start the selected workout (Enter in the list)</source>
        <translation>Empezar el entrenamiento seleccionado (Intro en la lista)</translation>
    </message>
    <message>
        <source>&amp;New workout…</source>
        <translation>&amp;Nuevo entrenamiento…</translation>
    </message>
    <message>
        <source>Build a workout of your own from the library&apos;s exercises</source>
        <translation>Crear tu propio entrenamiento con los ejercicios de la biblioteca</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Borrar…</translation>
    </message>
    <message>
        <source>cannot be planned</source>
        <translation>no se puede planificar</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>tuyo</translation>
    </message>
    <message>
        <source>Only your own workouts can be changed: make a new one instead.</source>
        <translation>Solo se pueden cambiar tus propios entrenamientos: crea uno nuevo.</translation>
    </message>
    <message>
        <source>Change this workout in the builder</source>
        <translation>Cambiar este entrenamiento en el editor</translation>
    </message>
    <message>
        <source>Delete this workout (asks first)</source>
        <translation>Borrar este entrenamiento (pregunta antes)</translation>
    </message>
    <message>
        <source>Delete this workout?</source>
        <translation>¿Borrar este entrenamiento?</translation>
    </message>
    <message>
        <source>Delete “%s”? Its file is removed; sessions you did with it stay in your history.</source>
        <translation>¿Borrar «%s»? Se elimina su archivo; las sesiones que hiciste con él se quedan en tu historial.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>No se ha borrado</translation>
    </message>
    <message>
        <source>The workout could not be deleted: %s</source>
        <translation>No se pudo borrar el entrenamiento: %s</translation>
    </message>
</context>
</TS>
