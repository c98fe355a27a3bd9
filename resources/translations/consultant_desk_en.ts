<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ClientPage</name>
    <message numerus="yes">
        <location filename="../../consultant_desk/ui/clients/page.py" line="+88"/>
        <source>%1 of %Ln client(s) shown</source>
        <translation>
            <numerusform>%1 of %Ln client shown</numerusform>
            <numerusform>%1 of %Ln clients shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EngagementPage</name>
    <message numerus="yes">
        <location filename="../../consultant_desk/ui/engagements/page.py" line="+113"/>
        <source>%1 of %Ln engagement(s) shown</source>
        <translation>
            <numerusform>%1 of %Ln engagement shown</numerusform>
            <numerusform>%1 of %Ln engagements shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln engagement(s)</source>
        <translation>
            <numerusform>%Ln engagement</numerusform>
            <numerusform>%Ln engagements</numerusform>
        </translation>
    </message>
</context>
</TS>
