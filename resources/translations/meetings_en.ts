<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DocumentsPage</name>
    <message numerus="yes">
        <location filename="../../consultant_desk/ui/documents/page.py" line="+133"/>
        <source>%1 of %Ln document(s) shown</source>
        <translation>
            <numerusform>%1 of %Ln document shown</numerusform>
            <numerusform>%1 of %Ln documents shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message numerus="yes">
        <location filename="../../consultant_desk/ui/meetings/page.py" line="+100"/>
        <source>%1 of %Ln meeting(s) shown</source>
        <translation>
            <numerusform>%1 of %Ln meeting shown</numerusform>
            <numerusform>%1 of %Ln meetings shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln meeting</numerusform>
            <numerusform>%Ln meetings</numerusform>
        </translation>
    </message>
</context>
</TS>
