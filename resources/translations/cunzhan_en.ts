<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CashPage</name>
    <message numerus="yes">
        <source>%n operation(s) still wait for the marketplace; they are carried over to the next day and listed on the Z report.</source>
        <translation>
            <numerusform>%n operation still wait for the marketplace; they are carried over to the next day and listed on the Z report.</numerusform>
            <numerusform>%n operations still wait for the marketplace; they are carried over to the next day and listed on the Z report.</numerusform>
        </translation>
    </message>
</context>
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
    <name>PaymentsWalletPage</name>
    <message numerus="yes">
        <source>The wallet agrees with the marketplace: %1, %n movement(s) matched.</source>
        <translation>
            <numerusform>The wallet agrees with the marketplace: %1, %n movement matched.</numerusform>
            <numerusform>The wallet agrees with the marketplace: %1, %n movements matched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s). Marketplace balance %1, station balance %2.</source>
        <translation>
            <numerusform>%n difference. Marketplace balance %1, station balance %2.</numerusform>
            <numerusform>%n differences. Marketplace balance %1, station balance %2.</numerusform>
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
