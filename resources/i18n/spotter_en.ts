<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>LibraryView</name>
    <message numerus="yes">
        <source>%1 of %n exercise(s)</source>
        <translation>
            <numerusform>%1 of %n exercise</numerusform>
            <numerusform>%1 of %n exercises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message numerus="yes">
        <source>%n REPS</source>
        <translation>
            <numerusform>%n REP</numerusform>
            <numerusform>%n REPS</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpotterApp</name>
    <message numerus="yes">
        <source>%n content file(s) could not be loaded; run `spotter validate` for details</source>
        <translation>
            <numerusform>%n content file could not be loaded; run `spotter validate` for details</numerusform>
            <numerusform>%n content files could not be loaded; run `spotter validate` for details</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s) have no translation in this language; shown as written</source>
        <translation>
            <numerusform>%n exercise has no translation in this language; shown as written</numerusform>
            <numerusform>%n exercises have no translation in this language; shown as written</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n rep</numerusform>
            <numerusform>%n reps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n set</numerusform>
            <numerusform>%n sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n exercise</numerusform>
            <numerusform>%n exercises</numerusform>
        </translation>
    </message>
</context>
</TS>
