<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>EpisodeDetailPane</name>
    <message numerus="yes">
        <location filename="../../consultant_desk/ui/episodes/detail.py" line="+134"/>
        <source>Closed on %1, after %Ln day(s)</source>
        <translation>
            <numerusform>Closed on %1, after %Ln day</numerusform>
            <numerusform>Closed on %1, after %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Open for %Ln day(s)</source>
        <translation>
            <numerusform>Open for %Ln day</numerusform>
            <numerusform>Open for %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EpisodesPage</name>
    <message numerus="yes">
        <location filename="../../consultant_desk/ui/episodes/page.py" line="+230"/>
        <source>%1 of %Ln episode(s) shown</source>
        <translation>
            <numerusform>%1 of %Ln episode shown</numerusform>
            <numerusform>%1 of %Ln episodes shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln episode(s)</source>
        <translation>
            <numerusform>%Ln episode</numerusform>
            <numerusform>%Ln episodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverdueBadge</name>
    <message numerus="yes">
        <location filename="../../consultant_desk/ui/episodes/__init__.py" line="+106"/>
        <source>%n overdue episode(s)</source>
        <translation>
            <numerusform>%n overdue episode</numerusform>
            <numerusform>%n overdue episodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message numerus="yes">
        <location filename="../../consultant_desk/ui/episodes/quick_log.py" line="+566"/>
        <source>%n ticked</source>
        <translation>
            <numerusform>%n ticked</numerusform>
            <numerusform>%n ticked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SincerityRemarks</name>
    <message numerus="yes">
        <location filename="../../consultant_desk/ui/widgets/sincerity_remarks.py" line="+181"/>
        <source>%n remark(s): you decide.</source>
        <translation>
            <numerusform>%n remark: you decide.</numerusform>
            <numerusform>%n remarks: you decide.</numerusform>
        </translation>
    </message>
</context>
</TS>
