<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConsignmentListingDialog</name>
    <message numerus="yes">
        <source>%n photo(s) attached.</source>
        <translation>
            <numerusform>%n photo attached.</numerusform>
            <numerusform>%n photos attached.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsignmentPage</name>
    <message numerus="yes">
        <source>%n sale(s) to pack and dispatch</source>
        <translation>
            <numerusform>%n sale to pack and dispatch</numerusform>
            <numerusform>%n sales to pack and dispatch</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cz::gui::Text</name>
    <message numerus="yes">
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>Wrong PIN. %n attempt left.</numerusform>
            <numerusform>Wrong PIN. %n attempts left.</numerusform>
        </translation>
    </message>
</context>
</TS>
