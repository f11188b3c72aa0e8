<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../app/mainwindow.cpp" line="+905"/>
        <source>Import %n word(s)</source>
        <translation>
            <numerusform>Import %n word</numerusform>
            <numerusform>Import %n words</numerusform>
        </translation>
    </message>
</context>
</TS>
