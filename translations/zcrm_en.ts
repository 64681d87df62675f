<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+550"/>
        <source>%n tokens</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n tokens shown</source>
        <translation>
            <numerusform>%1 of %n token shown</numerusform>
            <numerusform>%1 of %n tokens shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+122"/>
        <source>Delete %n tokens from the store? They stay valid at Zoho; use Revoke to end them there.</source>
        <translation>
            <numerusform>Delete %n token from the store? It stays valid at Zoho; use Revoke to end it there.</numerusform>
            <numerusform>Delete %n tokens from the store? They stay valid at Zoho; use Revoke to end them there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message numerus="yes">
        <location filename="../ui/explorer/responseview.cpp" line="+298"/>
        <source>%1 on %n pages</source>
        <translation>
            <numerusform>%1 on %n page</numerusform>
            <numerusform>%1 on %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <location line="+9"/>
        <source>%n records</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>Fetched %1 on %n pages in %2 s.</source>
        <translation>
            <numerusform>Fetched %1 on %n page in %2 s.</numerusform>
            <numerusform>Fetched %1 on %n pages in %2 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenTableModel</name>
    <message numerus="yes">
        <location filename="../ui/tokentablemodel.cpp" line="+296"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message numerus="yes">
        <location filename="../ui/transferdialog.cpp" line="+59"/>
        <source>O&amp;nly the selected tokens (%n)</source>
        <translation>
            <numerusform>O&amp;nly the selected token (%n)</numerusform>
            <numerusform>O&amp;nly the selected tokens (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+169"/>
        <source>%1 of %n tokens copied…</source>
        <translation>
            <numerusform>%1 of %n token copied…</numerusform>
            <numerusform>%1 of %n tokens copied…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>The export failed after %1 of %n tokens.</source>
        <translation>
            <numerusform>The export failed after %1 of %n token.</numerusform>
            <numerusform>The export failed after %1 of %n tokens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The import failed after %1 of %n tokens.</source>
        <translation>
            <numerusform>The import failed after %1 of %n token.</numerusform>
            <numerusform>The import failed after %1 of %n tokens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Cancelled: %1 of %n tokens were copied; the others were not.</source>
        <translation>
            <numerusform>Cancelled: %1 of %n token was copied.</numerusform>
            <numerusform>Cancelled: %1 of %n tokens were copied; the others were not.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Exported %1 of %n tokens, with their secrets.</source>
        <translation>
            <numerusform>Exported %1 of %n token, with its secrets.</numerusform>
            <numerusform>Exported %1 of %n tokens, with their secrets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Exported %1 of %n tokens, without secrets.</source>
        <translation>
            <numerusform>Exported %1 of %n token, without secrets.</numerusform>
            <numerusform>Exported %1 of %n tokens, without secrets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Imported %1 of %n tokens.</source>
        <translation>
            <numerusform>Imported %1 of %n token.</numerusform>
            <numerusform>Imported %1 of %n tokens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message numerus="yes">
        <location filename="../ui/trayicon.cpp" line="+207"/>
        <source>%n fresh</source>
        <translation>
            <numerusform>%n fresh</numerusform>
            <numerusform>%n fresh</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n expiring</source>
        <translation>
            <numerusform>%n expiring</numerusform>
            <numerusform>%n expiring</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failing</source>
        <translation>
            <numerusform>%n failing</numerusform>
            <numerusform>%n failing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n need a new sign-in</source>
        <translation>
            <numerusform>%n needs a new sign-in</numerusform>
            <numerusform>%n need a new sign-in</numerusform>
        </translation>
    </message>
</context>
</TS>
