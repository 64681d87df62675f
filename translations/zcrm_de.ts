<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="+17"/>
        <location line="+1"/>
        <source>About ZCRM Explorer</source>
        <translation>Über ZCRM Explorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The version and licence of ZCRM Explorer</source>
        <translation>Version und Lizenz von ZCRM Explorer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ZCRM Explorer icon</source>
        <translation>Symbol von ZCRM Explorer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Built with Qt %1, running on %2</source>
        <translation>Erstellt mit Qt %1, läuft unter %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeps your Zoho CRM OAuth tokens fresh and at hand, for you, the Zoho SDKs and your scripts.</source>
        <translation>Hält Ihre Zoho CRM OAuth-Token aktuell und griffbereit – für Sie, die Zoho SDKs und Ihre Skripte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Free software; see the licence that came with it for the terms.</source>
        <translation>Freie Software; die Bedingungen stehen in der beiliegenden Lizenz.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
</context>
<context>
    <name>AtomicFileWriter</name>
    <message>
        <location filename="../stores/fs/atomicfilewriter.cpp" line="+34"/>
        <location line="+25"/>
        <source>cannot create a temporary file beside</source>
        <translation>kann keine temporäre Datei anlegen neben</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>cannot make owner-only</source>
        <translation>kann den Zugriff nicht auf den Eigentümer beschränken für</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+29"/>
        <source>cannot write</source>
        <translation>kann nicht schreiben in</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>cannot replace</source>
        <translation>Ersetzen fehlgeschlagen für</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot copy the permissions of %1: %2</source>
        <translation>kann die Berechtigungen von %1 nicht übernehmen: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot replace %1: %2</source>
        <translation>kann %1 nicht ersetzen: %2</translation>
    </message>
</context>
<context>
    <name>CollectionStore</name>
    <message>
        <location filename="../app/explorer/collectionstore.cpp" line="+92"/>
        <source>not JSON: %1 at byte %2</source>
        <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Saved requests</source>
        <translation>Gespeicherte Anfragen</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>not a ZCRM Explorer collections file</source>
        <translation>keine Sammlungsdatei von ZCRM Explorer</translation>
    </message>
</context>
<context>
    <name>CollectionsPanel</name>
    <message>
        <location filename="../ui/explorer/collectionspanel.cpp" line="+17"/>
        <source>Sa&amp;ve request</source>
        <translation>Anfrage &amp;speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved requests</source>
        <translation>Gespeicherte Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By collection; Enter or double-click opens one in the editor</source>
        <translation>Nach Sammlung; Eingabetaste oder Doppelklick öffnet eine im Editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Collection</source>
        <translation>Sammlung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+71"/>
        <source>My requests</source>
        <translation>Meine Anfragen</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Name of the saved request</source>
        <translation>Name der gespeicherten Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Leads from the web</source>
        <translation>z. B. Leads aus dem Web</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Collection:</source>
        <translation>Samm&amp;lung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>CoqlEditor</name>
    <message>
        <location filename="../ui/explorer/coqleditor.cpp" line="+27"/>
        <source>COQL query</source>
        <translation>COQL-Abfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>select … from Module where … limit … offset …; Ctrl+Space completes</source>
        <translation>select … from Modul where … limit … offset …; Strg+Leertaste vervollständigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>select Last_Name, Email from Leads where Lead_Source = &apos;Web Download&apos; limit 200</source>
        <translation>select Last_Name, Email from Leads where Lead_Source = &apos;Web Download&apos; limit 200</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>COQL completions</source>
        <translation>COQL-Vervollständigungen</translation>
    </message>
</context>
<context>
    <name>CrmError</name>
    <message>
        <location filename="../app/core/crmerror.cpp" line="+36"/>
        <source>no access token for token %1</source>
        <translation>kein Zugriffstoken für Token %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>, record %1</source>
        <translation>, Datensatz %1</translation>
    </message>
</context>
<context>
    <name>CrmPager</name>
    <message>
        <location filename="../app/core/crmpager.cpp" line="+138"/>
        <source>page %1 has no records but says more_records is true</source>
        <translation>Seite %1 enthält keine Datensätze, meldet aber more_records = true</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>more_records is true after %1 records, but info.next_page_token is missing (page numbers only reach the first %2 records)</source>
        <translation>more_records ist nach %1 Datensätzen true, aber info.next_page_token fehlt (Seitennummern reichen nur für die ersten %2 Datensätze)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>info.next_page_token repeats after %1 records</source>
        <translation>info.next_page_token wiederholt sich nach %1 Datensätzen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>paging cancelled</source>
        <translation>Seitenabruf abgebrochen</translation>
    </message>
</context>
<context>
    <name>CrmRateLimit</name>
    <message>
        <location filename="../app/core/crmratelimit.cpp" line="+74"/>
        <source>remaining %1/%2</source>
        <translation>verbleibend %1/%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>window resets %1</source>
        <translation>Zeitfenster beginnt neu um %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>day %1/%2</source>
        <translation>Tag %1/%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>retry after %1 s</source>
        <translation>erneut versuchen nach %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>access token resets %1</source>
        <translation>Zugriffstoken-Limit beginnt neu um %1</translation>
    </message>
</context>
<context>
    <name>CrmReply</name>
    <message>
        <location filename="../app/core/crmreply.cpp" line="+60"/>
        <source>the CRM client has no access token provider</source>
        <translation>der CRM-Client hat keinen Zugriffstoken-Anbieter</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>CRM rejected the access token and refreshing it failed: %1</source>
        <translation>das CRM hat das Zugriffstoken abgelehnt, und seine Aktualisierung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>token %1 has no API domain</source>
        <translation>Token %1 hat keine API-Domain</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the CRM client has no network access manager</source>
        <translation>der CRM-Client hat keinen Netzwerkzugriffsmanager</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+79"/>
        <source>request cancelled</source>
        <translation>Anfrage abgebrochen</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>no complete answer from %1 within %2 ms</source>
        <translation>keine vollständige Antwort von %1 innerhalb von %2 ms</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the answer was cut off: %1</source>
        <translation>die Antwort wurde abgeschnitten: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>no access token for token %1 within %2 ms</source>
        <translation>kein Zugriffstoken für Token %1 innerhalb von %2 ms</translation>
    </message>
</context>
<context>
    <name>CrmRequest</name>
    <message>
        <location filename="../app/core/crmrequest.cpp" line="+81"/>
        <source>the header name is empty</source>
        <translation>der Header-Name ist leer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the header name %1 holds a character a header name cannot have</source>
        <translation>der Header-Name %1 enthält ein Zeichen, das in Header-Namen nicht erlaubt ist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the value of header %1 holds a control character (CR, LF, NUL or another)</source>
        <translation>der Wert des Headers %1 enthält ein Steuerzeichen (CR, LF, NUL oder ein anderes)</translation>
    </message>
</context>
<context>
    <name>CrmResponse</name>
    <message>
        <location filename="../app/core/crmresponse.cpp" line="+12"/>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>the body is not valid JSON (%1 at byte %2 of %3)</source>
        <translation>der Inhalt ist kein gültiges JSON (%1 bei Byte %2 von %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the body is JSON but not an object</source>
        <translation>der Inhalt ist JSON, aber kein Objekt</translation>
    </message>
</context>
<context>
    <name>CsvCodec</name>
    <message>
        <location filename="../stores/file/csvcodec.cpp" line="+48"/>
        <source>not UTF-8 text</source>
        <translation>kein UTF-8-Text</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>a quoted field is never closed</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>text after a closing quote (a quote inside a quoted field must be doubled)</source>
        <translation>Text nach einem schließenden Anführungszeichen (ein Anführungszeichen in einem Feld in Anführungszeichen muss verdoppelt werden)</translation>
    </message>
</context>
<context>
    <name>CurrentUserLookup</name>
    <message>
        <location filename="../app/core/currentuserlookup.cpp" line="+61"/>
        <source>no answer from %1 in time</source>
        <translation>keine rechtzeitige Antwort von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered HTTP %2 to users?type=CurrentUser (is the ZohoCRM.users.READ scope granted?)</source>
        <translation>%1 antwortete mit HTTP %2 auf users?type=CurrentUser (ist der Scope ZohoCRM.users.READ gewährt?)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the answer of users?type=CurrentUser names no e-mail</source>
        <translation>die Antwort auf users?type=CurrentUser nennt keine E-Mail-Adresse</translation>
    </message>
</context>
<context>
    <name>DataCenterFields</name>
    <message>
        <location filename="../ui/datacenterfields.cpp" line="+18"/>
        <source>United States</source>
        <translation>USA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>India</source>
        <translation>Indien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saudi Arabia</source>
        <translation>Saudi-Arabien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Custom accounts URL…</source>
        <translation>Benutzerdefinierte Accounts-URL…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sandbox (offline demo)</source>
        <translation>Sandbox (Offline-Demo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data center</source>
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where your Zoho account lives; a token only works in the data center that issued it</source>
        <translation>Wo Ihr Zoho-Konto liegt; ein Token funktioniert nur im Rechenzentrum, das es ausgestellt hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Developer</source>
        <translation>Entwickler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CRM environment of the organization: production, its sandbox, or a developer edition</source>
        <translation>Die CRM-Umgebung der Organisation: Produktion, ihre Sandbox oder eine Developer Edition</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>https://accounts.example.com</source>
        <translation>https://accounts.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts URL</source>
        <translation>Accounts-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The accounts server that signs you in</source>
        <translation>Der Accounts-Server, bei dem Sie sich anmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: as the server answers</source>
        <translation>Optional: wie vom Server angegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API domain</source>
        <translation>API-Domain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the CRM API answers; empty to use the one the accounts server names</source>
        <translation>Wo die CRM-API antwortet; leer lassen, um die vom Accounts-Server genannte zu verwenden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Data center:</source>
        <translation>&amp;Rechenzentrum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acco&amp;unts URL:</source>
        <translation>Accounts-UR&amp;L:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API do&amp;main:</source>
        <translation>API-Do&amp;main:</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The sandbox has not started yet.</source>
        <translation>Die Sandbox ist noch nicht gestartet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the accounts URL, for example https://accounts.example.com.</source>
        <translation>Geben Sie die Accounts-URL ein, zum Beispiel https://accounts.example.com.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The accounts URL must be a web address starting with https:// (or http:// for a server on this computer).</source>
        <translation>Die Accounts-URL muss eine Webadresse sein, die mit https:// beginnt (oder mit http:// für einen Server auf diesem Computer).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The API domain must be a web address starting with https:// or http://, or empty.</source>
        <translation>Die API-Domain muss eine Webadresse sein, die mit https:// oder http:// beginnt, oder leer bleiben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The accounts URL cannot be used: %1</source>
        <translation>Die Accounts-URL kann nicht verwendet werden: %1</translation>
    </message>
</context>
<context>
    <name>DesktopApplication</name>
    <message>
        <location filename="../ui/desktopapplication.cpp" line="+150"/>
        <source>Looking for the OS keychain…</source>
        <translation>System-Schlüsselbund wird gesucht…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Keeps your Zoho CRM OAuth tokens and explores the CRM API.</source>
        <translation>Verwaltet Ihre Zoho CRM OAuth-Token und erkundet die CRM-API.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token store to open.</source>
        <translation>Der zu öffnende Token-Speicher.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>It keeps your tokens fresh from the tray. Choose Quit in the tray&apos;s menu to end it.</source>
        <translation>Es hält Ihre Token vom Infobereich aus aktuell. Wählen Sie „Beenden“ im Menü des Infobereichs, um es zu beenden.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Start in the system tray (minimized without one).</source>
        <translation>Im Infobereich starten (ohne Infobereich minimiert).</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>ZCRM Explorer is still running</source>
        <translation>ZCRM Explorer läuft weiter</translation>
    </message>
</context>
<context>
    <name>DialogCoordinator</name>
    <message>
        <location filename="../ui/dialogcoordinator.cpp" line="+73"/>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Grant token exchanged: token %1 saved.</source>
        <translation>Grant-Token eingetauscht: Token %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>DialogNotice</name>
    <message>
        <location filename="../ui/dialognotice.cpp" line="+73"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../ui/errormessages.cpp" line="+11"/>
        <source>The client ID or client secret is wrong, or this client is not enabled for the chosen data center. Check both in the Zoho API console, and that the data center is the one the client was created in.</source>
        <translation>Client-ID oder Client-Geheimnis ist falsch, oder dieser Client ist für das gewählte Rechenzentrum nicht freigeschaltet. Prüfen Sie beides in der Zoho API Console und ob der Client in diesem Rechenzentrum erstellt wurde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The grant code has expired, was already used, or belongs to another data center. Check the data center, generate a new code and paste it within its lifetime.</source>
        <translation>Der Grant-Code ist abgelaufen, wurde schon verwendet oder gehört zu einem anderen Rechenzentrum. Prüfen Sie das Rechenzentrum, erzeugen Sie einen neuen Code und fügen Sie ihn innerhalb seiner Gültigkeitsdauer ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The authorization code expired or belongs to another data center. Check that the data center is the one your Zoho account lives in, then sign in again.</source>
        <translation>Der Autorisierungscode ist abgelaufen oder gehört zu einem anderen Rechenzentrum. Prüfen Sie, ob das Rechenzentrum das Ihres Zoho-Kontos ist, und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoho does not accept the redirect URI %1 for this client. Register exactly this URI for the client in the Zoho API console, or pick the port of the URI registered there.</source>
        <translation>Zoho akzeptiert die Weiterleitungs-URI %1 für diesen Client nicht. Registrieren Sie genau diese URI für den Client in der Zoho API Console oder wählen Sie den Port der dort registrierten URI.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in use</source>
        <translation>der Anmeldung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoho refused the grant code: access was declined, or too many codes were issued in the last 10 minutes. Wait a few minutes and try again.</source>
        <translation>Zoho hat den Grant-Code abgelehnt: Der Zugriff wurde verweigert, oder in den letzten 10 Minuten wurden zu viele Codes ausgestellt. Warten Sie einige Minuten und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You declined access in the browser, so no token was issued. Sign in again and choose Accept to give ZCRM Explorer access.</source>
        <translation>Sie haben den Zugriff im Browser abgelehnt, daher wurde kein Token ausgestellt. Melden Sie sich erneut an und wählen Sie „Akzeptieren“, um ZCRM Explorer Zugriff zu geben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoho issued too many access tokens for this client in the last 10 minutes. Wait a few minutes, then try again.</source>
        <translation>Zoho hat für diesen Client in den letzten 10 Minuten zu viele Zugriffstoken ausgestellt. Warten Sie einige Minuten und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The accounts server refused the sign-in (%1).</source>
        <translation>Der Accounts-Server hat die Anmeldung abgelehnt (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many token requests in the last 10 minutes; Zoho would refuse more. Wait a few minutes, then try again.</source>
        <translation>Zu viele Token-Anfragen in den letzten 10 Minuten; Zoho würde weitere ablehnen. Warten Sie einige Minuten und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The browser came back from a server that is not the chosen data center&apos;s accounts server, so the client secret was not sent to it. Check the data center; for a private setup, choose a custom accounts URL.</source>
        <translation>Der Browser kam von einem Server zurück, der nicht der Accounts-Server des gewählten Rechenzentrums ist; das Client-Geheimnis wurde daher nicht an ihn gesendet. Prüfen Sie das Rechenzentrum; wählen Sie für eine eigene Installation eine benutzerdefinierte Accounts-URL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only replies that did not belong to this sign-in reached ZCRM Explorer. Sign in again and approve access in the browser tab this sign-in opened.</source>
        <translation>Bei ZCRM Explorer kamen nur Antworten an, die nicht zu dieser Anmeldung gehörten. Melden Sie sich erneut an und genehmigen Sie den Zugriff in dem Browser-Tab, den diese Anmeldung geöffnet hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer came from the browser in time. Sign in again and approve access within five minutes.</source>
        <translation>Vom Browser kam nicht rechtzeitig eine Antwort. Melden Sie sich erneut an und genehmigen Sie den Zugriff innerhalb von fünf Minuten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The redirect port cannot be opened: another program is probably using it. Pick another port (and register its redirect URI for the client), or 0 for any free port.</source>
        <translation>Der Weiterleitungsport kann nicht geöffnet werden: Wahrscheinlich verwendet ihn ein anderes Programm. Wählen Sie einen anderen Port (und registrieren Sie dessen Weiterleitungs-URI für den Client) oder 0 für einen beliebigen freien Port.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These sign-in settings cannot be used: %1</source>
        <translation>Diese Anmeldeeinstellungen können nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The accounts server cannot be reached. Check your internet connection and proxy, and the data center or accounts URL.</source>
        <translation>Der Accounts-Server ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und den Proxy sowie das Rechenzentrum oder die Accounts-URL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The accounts server did not answer in time. Check your connection and try again.</source>
        <translation>Der Accounts-Server hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The accounts server sent an answer that is not a token. Check the accounts URL.</source>
        <translation>Der Accounts-Server hat eine Antwort gesendet, die kein Token ist. Prüfen Sie die Accounts-URL.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The token was not found in the store.</source>
        <translation>Das Token wurde im Speicher nicht gefunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store cannot be used as given.</source>
        <translation>Der Speicher kann so nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store cannot be reached: a missing folder, a server that is down, or a locked keychain.</source>
        <translation>Der Speicher ist nicht erreichbar: ein fehlender Ordner, ein nicht laufender Server oder ein gesperrter Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access to the store was denied: check the file&apos;s permissions or the password.</source>
        <translation>Der Zugriff auf den Speicher wurde verweigert: Prüfen Sie die Dateiberechtigungen oder das Passwort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store is not in a format ZCRM Explorer can read; it was left untouched.</source>
        <translation>Der Speicher liegt in einem Format vor, das ZCRM Explorer nicht lesen kann; er wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store is locked by another program. Try again in a moment.</source>
        <translation>Der Speicher ist von einem anderen Programm gesperrt. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store reported an error.</source>
        <translation>Der Speicher hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A reply reached ZCRM Explorer that did not belong to this sign-in, and was ignored. Still waiting for your approval in the browser.</source>
        <translation>Bei ZCRM Explorer kam eine Antwort an, die nicht zu dieser Anmeldung gehörte; sie wurde ignoriert. Es wird weiter auf Ihre Genehmigung im Browser gewartet.</translation>
    </message>
</context>
<context>
    <name>ExplorerPage</name>
    <message>
        <location filename="../ui/explorer/explorerpage.cpp" line="+46"/>
        <source>Copy as c&amp;URL</source>
        <translation>Als c&amp;URL kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as &amp;zcrm</source>
        <translation>Als &amp;zcrm kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with the access token</source>
        <translation>mit dem Zugriffstoken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send Request</source>
        <translation>Anfrage senden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API explorer</source>
        <translation>API-Explorer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Org, history and saved requests</source>
        <translation>Organisation, Verlauf und gespeicherte Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Modules &amp;&amp; fields</source>
        <translation>&amp;Module &amp;&amp; Felder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Histor&amp;y</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;llections</source>
        <translation>Samm&amp;lungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy as cURL</source>
        <translation>Als cURL kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy as zcrm command</source>
        <translation>Als zcrm-Befehl kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy with the access token</source>
        <translation>Mit dem Zugriffstoken kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: the cURL line reads the token from $%1</source>
        <translation>Aus: Die cURL-Zeile liest das Token aus $%1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request could not be saved: %1</source>
        <translation>Die Anfrage konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export the Saved Requests</source>
        <translation>Gespeicherte Anfragen exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <location line="+216"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>Saved requests exported to %1.</source>
        <translation>Gespeicherte Anfragen nach %1 exportiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import Saved Requests</source>
        <translation>Gespeicherte Anfragen importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved requests imported: %1.</source>
        <translation>Gespeicherte Anfragen importiert: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import stopped: %1</source>
        <translation>Import abgebrochen: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>no token store is open</source>
        <translation>kein Token-Speicher geöffnet</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading the org&apos;s modules …</source>
        <translation>Module der Organisation werden gelesen …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The modules could not be read: %1</source>
        <translation>Die Module konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 modules, as read before (Refresh reads them again).</source>
        <translation>%1 Module, wie zuvor gelesen („Aktualisieren“ liest sie neu).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 modules in this org.</source>
        <translation>%1 Module in dieser Organisation.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The fields of %1 could not be read: %2</source>
        <translation>Die Felder von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 fields. Double-click the module for a list request.</source>
        <translation>%1: %2 Felder. Doppelklicken Sie auf das Modul für eine Listenanfrage.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>records %1–%2</source>
        <translation>Datensätze %1–%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 records</source>
        <translation>%1 Datensätze</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Fetch All Pages and Export</source>
        <translation>Alle Seiten abrufen und exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>cURL line copied; it reads the token from $%1.</source>
        <translation>cURL-Zeile kopiert; sie liest das Token aus $%1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No access token to copy: %1</source>
        <translation>Kein Zugriffstoken zum Kopieren: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cURL line copied with the access token: treat it as a secret.</source>
        <translation>cURL-Zeile mit dem Zugriffstoken kopiert: Behandeln Sie sie als Geheimnis.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>zcrm command copied.</source>
        <translation>zcrm-Befehl kopiert.</translation>
    </message>
</context>
<context>
    <name>ExplorerSession</name>
    <message>
        <location filename="../app/explorer/explorersession.cpp" line="+55"/>
        <source>no token source</source>
        <translation>keine Token-Quelle</translation>
    </message>
</context>
<context>
    <name>ExplorerWorker</name>
    <message>
        <location filename="../app/explorer/explorerworker.cpp" line="+77"/>
        <source>no history file is set</source>
        <translation>keine Verlaufsdatei festgelegt</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>the export file cannot be written: %1</source>
        <translation>die Exportdatei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>the file is larger than 64 MB</source>
        <translation>die Datei ist größer als 64 MB</translation>
    </message>
</context>
<context>
    <name>FieldTableModel</name>
    <message>
        <location filename="../app/explorer/fieldtablemodel.cpp" line="+40"/>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mandatory</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>API name</source>
        <translation>API-Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data type</source>
        <translation>Datentyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mandatory</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Picklist values</source>
        <translation>Auswahllistenwerte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lookup</source>
        <translation>Nachschlagen</translation>
    </message>
</context>
<context>
    <name>FileTokenStore</name>
    <message>
        <location filename="../stores/file/filestoreregistration.cpp" line="+22"/>
        <source>file: needs the path of the token file, e.g. file:/home/me/sdk_tokens.txt</source>
        <translation>file: braucht den Pfad der Token-Datei, z. B. file:/home/me/sdk_tokens.txt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a folder; name the token file in it, e.g. %1/sdk_tokens.txt</source>
        <translation>%1 ist ein Ordner; nennen Sie die Token-Datei darin, z. B. %1/sdk_tokens.txt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the Zoho SDK FileStore CSV (sdk_tokens.txt), shared with the Python and Java SDKs</source>
        <translation>die FileStore-CSV-Datei des Zoho SDK (sdk_tokens.txt), gemeinsam genutzt mit den SDKs für Python und Java</translation>
    </message>
    <message>
        <location filename="../stores/file/filetokenstore.cpp" line="+144"/>
        <location line="+57"/>
        <source>no token with id %1</source>
        <translation>kein Token mit der ID %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>, not created yet</source>
        <translation>, noch nicht angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, our fields in </source>
        <translation>, unsere Felder in </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, not writable: </source>
        <translation>, nicht beschreibbar: </translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+24"/>
        <source>cannot read %1: %2</source>
        <translation>kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>; nothing was read or written</source>
        <translation>; nichts wurde gelesen oder geschrieben</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is read-only; nothing was written</source>
        <translation>%1 ist schreibgeschützt; nichts wurde geschrieben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>; nothing was written</source>
        <translation>; nichts wurde geschrieben</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>; the file is left as it was</source>
        <translation>; die Datei bleibt, wie sie war</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the SDK fields were saved, ours were not: </source>
        <translation>die SDK-Felder wurden gespeichert, unsere nicht: </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>line %1: </source>
        <translation>Zeile %1: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; the file was left as it is</source>
        <translation>; die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (delete it to go on without our extra fields)</source>
        <translation> (löschen Sie sie, um ohne unsere zusätzlichen Felder fortzufahren)</translation>
    </message>
</context>
<context>
    <name>GrantTokenDialog</name>
    <message>
        <location filename="../ui/granttokendialog.cpp" line="+25"/>
        <source>Add Self Client Grant Token</source>
        <translation>Self-Client-Grant-Token hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Self Client grant token</source>
        <translation>Self-Client-Grant-Token hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanges a grant code from the Zoho API console&apos;s Self Client for a token that ZCRM Explorer keeps and refreshes</source>
        <translation>Tauscht einen Grant-Code vom Self Client der Zoho API Console gegen ein Token, das ZCRM Explorer aufbewahrt und aktualisiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For a server or a script without a browser: in the Zoho API console, open your Self Client, choose “Generate Code”, pick the scopes and a duration, and paste the code here before it expires. ZCRM Explorer exchanges it for a refresh token and keeps it in the current store.</source>
        <translation>Für einen Server oder ein Skript ohne Browser: Öffnen Sie in der Zoho API Console Ihren Self Client, wählen Sie „Generate Code“, wählen Sie die Scopes und eine Dauer und fügen Sie den Code hier ein, bevor er abläuft. ZCRM Explorer tauscht ihn gegen ein Aktualisierungstoken und bewahrt es im aktuellen Speicher auf.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>1000.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX</source>
        <translation>1000.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Self Client&apos;s client ID</source>
        <translation>Die Client-ID des Self Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lient ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Self Client&apos;s client secret; masked until you choose Show</source>
        <translation>Das Client-Geheimnis des Self Clients; verdeckt, bis Sie „Anzeigen“ wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client secre&amp;t:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>grant code</source>
        <translation>Grant-Code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grant code</source>
        <translation>Grant-Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code the Self Client generated; it works once, within its lifetime</source>
        <translation>Der vom Self Client erzeugte Code; er funktioniert einmal, innerhalb seiner Gültigkeitsdauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1000.xxxxxxxx.xxxxxxxx</source>
        <translation>1000.xxxxxxxx.xxxxxxxx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grant code:</source>
        <translation>Grant-C&amp;ode:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exchanging the grant code with Zoho…</source>
        <translation>Grant-Code wird bei Zoho eingetauscht…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exchanging the grant code</source>
        <translation>Grant-Code wird eingetauscht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add Token</source>
        <translation>Token &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exchanges the grant code and saves the token</source>
        <translation>Tauscht den Grant-Code ein und speichert das Token</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Enter the Self Client&apos;s client ID (in the Zoho API console, under “Client Secret”).</source>
        <translation>Geben Sie die Client-ID des Self Clients ein (in der Zoho API Console unter „Client Secret“).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the Self Client&apos;s client secret.</source>
        <translation>Geben Sie das Client-Geheimnis des Self Clients ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste the grant code the Self Client generated.</source>
        <translation>Fügen Sie den vom Self Client erzeugten Grant-Code ein.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancelled. The grant code may already have been used; generate a new one if the next try says it expired.</source>
        <translation>Abgebrochen. Der Grant-Code wurde möglicherweise schon verwendet; erzeugen Sie einen neuen, falls der nächste Versuch meldet, dass er abgelaufen ist.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The code was exchanged, but the token could not be saved. %1</source>
        <translation>Der Code wurde eingetauscht, aber das Token konnte nicht gespeichert werden. %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../ui/explorer/historypanel.cpp" line="+18"/>
        <source>&amp;Replay</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear history</source>
        <translation>Verlauf leeren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search the history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search method, path, parameters, outcome</source>
        <translation>Methode, Pfad, Parameter, Ergebnis suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter or double-click replays a request into the editor</source>
        <translation>Eingabetaste oder Doppelklick übernimmt eine Anfrage in den Editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replay the request</source>
        <translation>Die Anfrage wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the history</source>
        <translation>Den Verlauf leeren</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>JsonBodyEditor</name>
    <message>
        <location filename="../ui/explorer/jsonbodyeditor.cpp" line="+18"/>
        <source>Request body (JSON)</source>
        <translation>Anfrageinhalt (JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked as you type; errors are named below with line and column</source>
        <translation>Wird beim Tippen geprüft; Fehler werden unten mit Zeile und Spalte genannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{&quot;data&quot;: [{&quot;Last_Name&quot;: &quot;Smith&quot;}]}</source>
        <translation>{&quot;data&quot;: [{&quot;Last_Name&quot;: &quot;Smith&quot;}]}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Body check</source>
        <translation>Inhaltsprüfung</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No body.</source>
        <translation>Kein Inhalt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Valid JSON.</source>
        <translation>Gültiges JSON.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not valid JSON: %1 at line %2, column %3.</source>
        <translation>Kein gültiges JSON: %1 in Zeile %2, Spalte %3.</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <location filename="../app/explorer/jsontreemodel.cpp" line="+305"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>{1 key}</source>
        <translation>{1 Schlüssel}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{%1 keys}</source>
        <translation>{%1 Schlüssel}</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>[1 item]</source>
        <translation>[1 Element]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[%1 items]</source>
        <translation>[%1 Elemente]</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>KeychainExecutor</name>
    <message>
        <location filename="../stores/keychain/keychainexecutor.cpp" line="+127"/>
        <source>no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set), so no Secret Service; use a desktop session with gnome-keyring or KWallet, or another store such as sqlite:</source>
        <translation>kein D-Bus-Sitzungsbus (DBUS_SESSION_BUS_ADDRESS ist nicht gesetzt), daher kein Secret Service; verwenden Sie eine Desktop-Sitzung mit gnome-keyring oder KWallet oder einen anderen Speicher wie sqlite:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>QT_NO_GLIB is set, but the Secret Service backend of QtKeychain (libsecret) needs Qt&apos;s GLib event loop; unset QT_NO_GLIB</source>
        <translation>QT_NO_GLIB ist gesetzt, aber das Secret-Service-Backend von QtKeychain (libsecret) braucht die GLib-Ereignisschleife von Qt; entfernen Sie QT_NO_GLIB</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+30"/>
        <source>the keychain needs a QCoreApplication, and there is none</source>
        <translation>der Schlüsselbund braucht eine QCoreApplication, und es gibt keine</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the keychain thread has stopped: the application is shutting down</source>
        <translation>der Schlüsselbund-Thread wurde beendet: Die Anwendung wird heruntergefahren</translation>
    </message>
</context>
<context>
    <name>KeychainIndex</name>
    <message>
        <location filename="../stores/keychain/keychainindex.cpp" line="+23"/>
        <source>not JSON (%1 at offset %2)</source>
        <translation>kein JSON (%1 bei Position %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a zcrm keychain index</source>
        <translation>kein zcrm-Schlüsselbundindex</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>index version %1, this program reads version %2</source>
        <translation>Indexversion %1, dieses Programm liest Version %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>token entry %1 is invalid</source>
        <translation>Token-Eintrag %1 ist ungültig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>token id %1 appears more than once</source>
        <translation>Token-ID %1 kommt mehrfach vor</translation>
    </message>
</context>
<context>
    <name>KeychainSecret</name>
    <message>
        <location filename="../stores/keychain/keychainsecret.cpp" line="+45"/>
        <location line="+28"/>
        <source>the keychain did not answer within %1 ms</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 ms geantwortet</translation>
    </message>
</context>
<context>
    <name>KeychainTokenStore</name>
    <message>
        <location filename="../stores/keychain/keychaintokenstore.cpp" line="+34"/>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secret Service</source>
        <translation>Secret Service</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot read %1: %2</source>
        <translation>kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>writing token %1</source>
        <translation>Schreiben von Token %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+64"/>
        <location line="+9"/>
        <source>no token with id %1</source>
        <translation>kein Token mit der ID %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 through QtKeychain, service &quot;%2&quot;; index %3</source>
        <translation>%1 über QtKeychain, Dienst „%2“; Index %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; %1 old entries still to delete</source>
        <translation>; %1 alte Einträge noch zu löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; not writable: </source>
        <translation>; nicht beschreibbar: </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the %1 did not answer within %2 s while %3 (a keyring waiting to be unlocked, or a keychain service that hangs); the request may still finish in the background</source>
        <translation>%1 hat beim %3 nicht innerhalb von %2 s geantwortet (ein Schlüsselbund, der auf Entsperrung wartet, oder ein hängender Schlüsselbunddienst); die Anfrage wird möglicherweise noch im Hintergrund abgeschlossen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>keyring locked or access denied while %1: %2</source>
        <translation>Schlüsselbund gesperrt oder Zugriff verweigert beim %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no keychain backend while %1: %2</source>
        <translation>kein Schlüsselbund-Backend beim %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an entry is missing from the keychain while %1: %2</source>
        <translation>beim %1 fehlt ein Eintrag im Schlüsselbund: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+28"/>
        <source>%1 not available: %2</source>
        <translation>%1 nicht verfügbar: %2</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>keychain error while %1: %2</source>
        <translation>Schlüsselbundfehler beim %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>opening the keychain</source>
        <translation>Öffnen des Schlüsselbunds</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>writing a probe entry</source>
        <translation>Schreiben eines Testeintrags</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>keyring locked or missing: the %1 cannot store a secret (%2)</source>
        <translation>Schlüsselbund gesperrt oder nicht vorhanden: %1 kann kein Geheimnis speichern (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the %1 returned something else than the probe entry it stored</source>
        <translation>%1 lieferte etwas anderes als den gespeicherten Testeintrag</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot create the folder %1</source>
        <translation>kann den Ordner %1 nicht anlegen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>reading the index copy</source>
        <translation>Lesen der Indexkopie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the index file %1 is missing and its copy in the keychain is not valid (%2)</source>
        <translation>die Indexdatei %1 fehlt, und ihre Kopie im Schlüsselbund ist ungültig (%2)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the index file %1 is not valid (%2); it is left untouched</source>
        <translation>die Indexdatei %1 ist ungültig (%2); sie bleibt unverändert</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>reading %1 keychain entries</source>
        <translation>Lesen von %1 Schlüsselbundeinträgen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>token %1 is listed in %2 but its keychain entry %3 is missing (removed outside zcrm?); delete the token to go on</source>
        <translation>Token %1 steht in %2, aber sein Schlüsselbundeintrag %3 fehlt (außerhalb von zcrm entfernt?); löschen Sie das Token, um fortzufahren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the keychain entry of token %1 (%2) is not a token written by zcrm; it is left untouched</source>
        <translation>der Schlüsselbundeintrag von Token %1 (%2) ist kein von zcrm geschriebenes Token; er bleibt unverändert</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>deleting old entries</source>
        <translation>Löschen alter Einträge</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the OS keychain (Secret Service, macOS Keychain, Windows Credential Manager); SERVICE defaults to %1</source>
        <translation>der System-Schlüsselbund (Secret Service, macOS-Schlüsselbund, Windows-Anmeldeinformationsverwaltung); SERVICE ist standardmäßig %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the service name must be 1 to %1 printable characters without leading or trailing spaces</source>
        <translation>der Dienstname muss aus 1 bis %1 druckbaren Zeichen ohne führende oder nachgestellte Leerzeichen bestehen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the keychain</source>
        <translation>der Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>LeaseFile</name>
    <message>
        <location filename="../stores/fs/leasefile.cpp" line="+41"/>
        <source>cannot read %1: %2</source>
        <translation>kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a leases file (%2); it was left as it is (delete it to clear the leases)</source>
        <translation>%1 ist keine Lease-Datei (%2); sie wurde nicht verändert (löschen Sie sie, um die Leases aufzuheben)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no &quot;leases&quot; object</source>
        <translation>kein „leases“-Objekt</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <location filename="../ui/logview.cpp" line="+18"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log lines</source>
        <translation>Protokollzeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the application did, newest last; never a secret</source>
        <translation>Was die Anwendung getan hat, das Neueste zuletzt; nie ein Geheimnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing logged yet.</source>
        <translation>Noch nichts protokolliert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy all</source>
        <translation>Alles &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the whole log</source>
        <translation>Das ganze Protokoll kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the log view</source>
        <translation>Die Protokollansicht leeren</translation>
    </message>
</context>
<context>
    <name>LoginAutostart</name>
    <message>
        <location filename="../app/core/loginautostart.cpp" line="+111"/>
        <source>%1 cannot be removed</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Keeps your Zoho CRM tokens fresh from the tray</source>
        <translation>Hält Ihre Zoho CRM-Token vom Infobereich aus aktuell</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>the Run key cannot be written</source>
        <translation>der Run-Schlüssel kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the folder of %1 cannot be created</source>
        <translation>der Ordner von %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+59"/>
        <location line="+31"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+1"/>
        <source>ZCRM Explorer</source>
        <translation>ZCRM Explorer</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Token store</source>
        <translation>Token-Speicher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token count</source>
        <translation>Anzahl der Token</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status bar</source>
        <translation>Statusleiste</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The token store cannot be read right now: %1. The table shows what was read last; nothing was changed or deleted.</source>
        <translation>Der Token-Speicher kann gerade nicht gelesen werden: %1. Die Tabelle zeigt den zuletzt gelesenen Stand; nichts wurde geändert oder gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+404"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="-400"/>
        <source>The token store answers again.</source>
        <translation>Der Token-Speicher antwortet wieder.</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+79"/>
        <location line="+54"/>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Search users, clients, scopes, errors</source>
        <translation>Benutzer, Clients, Scopes, Fehler suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search tokens</source>
        <translation>Token suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows only the tokens whose user, client, scopes or error contain this</source>
        <translation>Zeigt nur die Token, deren Benutzer, Client, Scopes oder Fehler diesen Text enthalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter by data center</source>
        <translation>Nach Rechenzentrum filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All data centers</source>
        <translation>Alle Rechenzentren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data &amp;center:</source>
        <translation>&amp;Rechenzentrum:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Every token in the store with its status and expiry</source>
        <translation>Alle Token im Speicher mit Status und Ablaufzeit</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Sign &amp;in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with a Zoho account in your browser</source>
        <translation>Im Browser mit einem Zoho-Konto anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Self Client &amp;grant token…</source>
        <translation>Self-Client-&amp;Grant-Token hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange a grant token from Zoho&apos;s API console</source>
        <translation>Ein Grant-Token aus der Zoho API Console eintauschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh now</source>
        <translation>Jetzt a&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a new access token for the selected tokens</source>
        <translation>Ein neues Zugriffstoken für die ausgewählten Token holen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke the selected token at Zoho</source>
        <translation>Das ausgewählte Token bei Zoho widerrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected tokens from this store</source>
        <translation>Die ausgewählten Token aus diesem Speicher löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy access token</source>
        <translation>&amp;Zugriffstoken kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected token&apos;s access token</source>
        <translation>Das Zugriffstoken des ausgewählten Tokens kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy re&amp;fresh token…</source>
        <translation>Akt&amp;ualisierungstoken kopieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the selected token&apos;s refresh token, after a confirmation</source>
        <translation>Das Aktualisierungstoken des ausgewählten Tokens nach einer Rückfrage kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy tokens from another store or an SDK file into this store</source>
        <translation>Token aus einem anderen Speicher oder einer SDK-Datei in diesen Speicher kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write tokens to another store or an SDK file</source>
        <translation>Token in einen anderen Speicher oder eine SDK-Datei schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;witch store…</source>
        <translation>Speicher &amp;wechseln…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another token store</source>
        <translation>Einen anderen Token-Speicher öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh lead, default store, language and theme</source>
        <translation>Aktualisierungsvorlauf, Standardspeicher, Sprache und Design</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search the tokens</source>
        <translation>In den Token suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;log</source>
        <translation>&amp;Protokoll anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the application&apos;s log</source>
        <translation>Das Protokoll der Anwendung anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About ZCRM Explorer</source>
        <translation>Ü&amp;ber ZCRM Explorer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version and credits</source>
        <translation>Version und Mitwirkende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit ZCRM Explorer</source>
        <translation>ZCRM Explorer beenden</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+76"/>
        <source>&amp;Tokens</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>Stat&amp;us:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+224"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Store: opening %1…</source>
        <translation>Speicher: %1 wird geöffnet…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Store: %1</source>
        <translation>Speicher: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Store: %1 (not open)</source>
        <translation>Speicher: %1 (nicht geöffnet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token store %1 could not be opened: %2. Nothing in it was changed.</source>
        <translation>Der Token-Speicher %1 konnte nicht geöffnet werden: %2. Darin wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>1 token</source>
        <translation>1 Token</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n tokens</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n tokens shown</source>
        <translation>
            <numerusform>%1 von %n Token angezeigt</numerusform>
            <numerusform>%1 von %n Token angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No token store is open.</source>
        <translation>Kein Token-Speicher ist geöffnet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token %1 refreshed.</source>
        <translation>Token %1 aktualisiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Token %1 was not refreshed: %2</source>
        <translation>Token %1 wurde nicht aktualisiert: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Revoke Token</source>
        <translation>Token widerrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke the token of %1 at Zoho?</source>
        <translation>Das Token von %1 bei Zoho widerrufen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apps and scripts that use it stop working until you sign in again.</source>
        <translation>Apps und Skripte, die es verwenden, funktionieren erst nach einer erneuten Anmeldung wieder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the row (marked as needing a new sign-in)</source>
        <translation>Zeile &amp;behalten (als „Anmeldung nötig“ markiert)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Token %1 revoked.</source>
        <translation>Token %1 widerrufen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token was not revoked: %1. Nothing was changed.</source>
        <translation>Das Token wurde nicht widerrufen: %1. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete Tokens</source>
        <translation>Token löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete this token from the store? It stays valid at Zoho; use Revoke to end it there.</source>
        <translation>Dieses Token aus dem Speicher löschen? Bei Zoho bleibt es gültig; mit „Widerrufen“ beenden Sie es dort.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n tokens from the store? They stay valid at Zoho; use Revoke to end them there.</source>
        <translation>
            <numerusform>%n Token aus dem Speicher löschen? Bei Zoho bleibt es gültig; mit „Widerrufen“ beenden Sie es dort.</numerusform>
            <numerusform>%n Token aus dem Speicher löschen? Bei Zoho bleiben sie gültig; mit „Widerrufen“ beenden Sie sie dort.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Token %1 was not deleted: %2</source>
        <translation>Token %1 wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Access token copied to the clipboard.</source>
        <translation>Zugriffstoken in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy Refresh Token</source>
        <translation>Aktualisierungstoken kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A refresh token keeps working until it is revoked: anyone who gets it can use your Zoho data. Copy it to the clipboard?</source>
        <translation>Ein Aktualisierungstoken bleibt gültig, bis es widerrufen wird: Wer es erhält, kann auf Ihre Zoho-Daten zugreifen. In die Zwischenablage kopieren?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh token copied to the clipboard.</source>
        <translation>Aktualisierungstoken in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location line="-634"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API explorer</source>
        <translation>API-Explorer</translation>
    </message>
    <message>
        <location line="+246"/>
        <source>Show the tokens</source>
        <translation>Die Token anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;API explorer</source>
        <translation>API-E&amp;xplorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call the CRM API with a stored token</source>
        <translation>Die CRM-API mit einem gespeicherten Token aufrufen</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>&amp;Explorer</source>
        <translation>&amp;Explorer</translation>
    </message>
</context>
<context>
    <name>MemoryTokenStore</name>
    <message>
        <location filename="../stores/memorytokenstore.cpp" line="+56"/>
        <location line="+28"/>
        <source>no token with id %1</source>
        <translation>kein Token mit der ID %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>in-memory store of this process</source>
        <translation>Arbeitsspeicher-Speicher dieses Prozesses</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../ui/messagebanner.cpp" line="+15"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Message text</source>
        <translation>Meldungstext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the failed operation again</source>
        <translation>Den fehlgeschlagenen Vorgang erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>ModuleTableModel</name>
    <message>
        <location filename="../app/explorer/moduletablemodel.cpp" line="+37"/>
        <location line="+2"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>custom</source>
        <translation>benutzerdefiniert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>API name</source>
        <translation>API-Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Singular</source>
        <translation>Singular</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plural</source>
        <translation>Plural</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creatable</source>
        <translation>Anlegbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Editable</source>
        <translation>Bearbeitbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>OAuthCallbackListener</name>
    <message>
        <location filename="../app/core/oauthcallbacklistener.cpp" line="+190"/>
        <source>Request too large</source>
        <translation>Anfrage zu groß</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This request is larger than a sign-in callback can be.</source>
        <translation>Diese Anfrage ist größer, als ein Anmelde-Callback sein kann.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bad request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Method not allowed</source>
        <translation>Methode nicht erlaubt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in callback only answers GET.</source>
        <translation>Der Anmelde-Callback beantwortet nur GET.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in callback refused</source>
        <translation>Anmelde-Callback abgelehnt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The callback repeats one of its parameters.</source>
        <translation>Der Callback wiederholt einen seiner Parameter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The callback has neither a code nor an error.</source>
        <translation>Der Callback enthält weder einen Code noch einen Fehler.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The callback&apos;s state does not match this sign-in (an old tab or a forged link?).</source>
        <translation>Der state-Parameter des Callbacks passt nicht zu dieser Anmeldung (ein alter Tab oder ein gefälschter Link?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The callback has no state.</source>
        <translation>Der Callback hat keinen state-Parameter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho reported &quot;%1&quot;. You can close this tab.</source>
        <translation>Zoho meldete „%1“. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authorization received</source>
        <translation>Autorisierung erhalten</translation>
    </message>
</context>
<context>
    <name>OAuthError</name>
    <message>
        <location filename="../app/core/oautherror.cpp" line="+21"/>
        <source>Zoho answered invalid_code: the code or refresh token is expired, already used, revoked, or from another data center%1</source>
        <translation>Zoho antwortete invalid_code: Der Code oder das Aktualisierungstoken ist abgelaufen, schon verwendet, widerrufen oder stammt aus einem anderen Rechenzentrum%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoho answered invalid_client: wrong client id or secret, or the client is not enabled for this data center%1</source>
        <translation>Zoho antwortete invalid_client: falsche Client-ID oder falsches Client-Geheimnis, oder der Client ist für dieses Rechenzentrum nicht freigeschaltet%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoho answered invalid_redirect_uri: the redirect URI differs from the one registered for the client%1</source>
        <translation>Zoho antwortete invalid_redirect_uri: Die Weiterleitungs-URI weicht von der für den Client registrierten ab%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoho answered access_denied: access was refused, or too many grant codes were issued (10 per 10 minutes)%1</source>
        <translation>Zoho antwortete access_denied: Der Zugriff wurde verweigert, oder es wurden zu viele Grant-Codes ausgestellt (10 pro 10 Minuten)%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoho answered %1, its token throttle: too many access tokens for this refresh token (10 per 10 minutes); try again later%2</source>
        <translation>Zoho antwortete %1 (Token-Drosselung): zu viele Zugriffstoken für dieses Aktualisierungstoken (10 pro 10 Minuten); versuchen Sie es später erneut%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoho answered %1%2</source>
        <translation>Zoho antwortete %1%2</translation>
    </message>
</context>
<context>
    <name>OAuthSignIn</name>
    <message>
        <location filename="../app/core/oauthsignin.cpp" line="+73"/>
        <source>no valid sign-in callback within %1 s; refused: %2</source>
        <translation>kein gültiger Anmelde-Callback innerhalb von %1 s; abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no sign-in callback within %1 s%2</source>
        <translation>kein Anmelde-Callback innerhalb von %1 s%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; refused: </source>
        <translation>; abgelehnt: </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>no data center or accounts URL given</source>
        <translation>kein Rechenzentrum und keine Accounts-URL angegeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a client id and a client secret are needed to sign in</source>
        <translation>zum Anmelden werden eine Client-ID und ein Client-Geheimnis benötigt</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the grant token is empty</source>
        <translation>das Grant-Token ist leer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the sign-in was cancelled</source>
        <translation>die Anmeldung wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>access was denied on Zoho&apos;s consent page%1</source>
        <translation>der Zugriff wurde auf der Zustimmungsseite von Zoho verweigert%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoho&apos;s authorization page answered %1%2</source>
        <translation>die Autorisierungsseite von Zoho antwortete %1%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the sign-in callback names the accounts server %1; refusing to send the code and client secret there</source>
        <translation>der Anmelde-Callback nennt den Accounts-Server %1; Code und Client-Geheimnis werden nicht dorthin gesendet</translation>
    </message>
</context>
<context>
    <name>OrgBrowser</name>
    <message>
        <location filename="../ui/explorer/orgbrowser.cpp" line="+53"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click or Enter builds a list request with the module&apos;s fields</source>
        <translation>Doppelklick oder Eingabetaste erstellt eine Listenanfrage mit den Feldern des Moduls</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Filter fields</source>
        <translation>Felder filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Org schema state</source>
        <translation>Stand des Organisationsschemas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh modules and fields</source>
        <translation>Module und Felder aktualisieren</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose a token to see its org&apos;s modules.</source>
        <translation>Wählen Sie ein Token, um die Module seiner Organisation zu sehen.</translation>
    </message>
</context>
<context>
    <name>PathProbe</name>
    <message>
        <location filename="../stores/pathprobe.cpp" line="+61"/>
        <source>%1 is a folder, not a file</source>
        <translation>%1 ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a symbolic link to %2, in a folder that does not exist</source>
        <translation>%1 ist ein symbolischer Link auf %2 in einem Ordner, den es nicht gibt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot look at %1: %2</source>
        <translation>kann %1 nicht untersuchen: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a symbolic link to %2, which does not exist</source>
        <translation>%1 ist ein symbolischer Link auf %2, das nicht existiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot look at the folder %1: %2</source>
        <translation>kann den Ordner %1 nicht untersuchen: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot create a file in the folder %1: %2</source>
        <translation>kann im Ordner %1 keine Datei anlegen: %2</translation>
    </message>
</context>
<context>
    <name>ProcessLock</name>
    <message>
        <location filename="../stores/fs/processlock.cpp" line="+51"/>
        <source>another process has held the lock %1 for more than %2 ms</source>
        <translation>ein anderer Prozess hält die Sperre %1 seit mehr als %2 ms</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>; nothing was written</source>
        <translation>; nichts wurde geschrieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot lock %1: %2</source>
        <translation>kann %1 nicht sperren: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>held by another process</source>
        <translation>von einem anderen Prozess gehalten</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create the lock file</source>
        <translation>kann die Sperrdatei nicht anlegen</translation>
    </message>
</context>
<context>
    <name>QueryParameterDelegate</name>
    <message>
        <location filename="../ui/explorer/queryparameterdelegate.cpp" line="+22"/>
        <source>Parameter name</source>
        <translation>Parametername</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value of %1</source>
        <translation>Wert von %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <location filename="../ui/explorer/requesteditor.cpp" line="+39"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below /crm/v8/, e.g. Leads or settings/fields; completes CRM v8 endpoints and the org&apos;s modules</source>
        <translation>Unterhalb von /crm/v8/, z. B. Leads oder settings/fields; vervollständigt CRM-v8-Endpunkte und die Module der Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leads, settings/modules, coql …</source>
        <translation>Leads, settings/modules, coql …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stored token that signs the request: its user and data center</source>
        <translation>Das gespeicherte Token, das die Anfrage signiert: sein Benutzer und Rechenzentrum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout per attempt</source>
        <translation>Zeitlimit pro Versuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeout in seconds</source>
        <translation>Zeitlimit in Sekunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the request (Ctrl+Return)</source>
        <translation>Die Anfrage senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel the request</source>
        <translation>Die Anfrage abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Query parameters</source>
        <translation>Abfrageparameter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name and value per row; names and values complete as you type</source>
        <translation>Name und Wert je Zeile; Namen und Werte werden beim Tippen vervollständigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Request parts</source>
        <translation>Teile der Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parameters</source>
        <translation>&amp;Parameter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Body</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;OQL</source>
        <translation>C&amp;OQL</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Type a path; Ctrl+Return sends.</source>
        <translation>Geben Sie einen Pfad ein; Strg+Eingabe sendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — /crm/v8/%2</source>
        <translation>%1 — /crm/v8/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a CRM v8 endpoint the explorer knows; it is sent as written.</source>
        <translation>Kein CRM-v8-Endpunkt, den der Explorer kennt; er wird so gesendet, wie er geschrieben ist.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Give a path, e.g. Leads.</source>
        <translation>Geben Sie einen Pfad an, z. B. Leads.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the token to sign the request with.</source>
        <translation>Wählen Sie das Token, mit dem die Anfrage signiert wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the COQL query (select … from …).</source>
        <translation>Schreiben Sie die COQL-Abfrage (select … from …).</translation>
    </message>
</context>
<context>
    <name>ResponseExplanation</name>
    <message>
        <location filename="../app/explorer/responseexplanation.cpp" line="+41"/>
        <source>Zoho asks to wait %1 s before the next call (Retry-After).</source>
        <translation>Zoho bittet, vor dem nächsten Aufruf %1 s zu warten (Retry-After).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rate-limit window resets at %1; try again then.</source>
        <translation>Das Zeitfenster der Ratenbegrenzung beginnt um %1 neu; versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoho names no time: wait a minute before trying again, and fewer calls at once (the limit counts concurrent calls and API credits per 24 h).</source>
        <translation>Zoho nennt keine Zeit: Warten Sie eine Minute, bevor Sie es erneut versuchen, und senden Sie weniger Aufrufe gleichzeitig (das Limit zählt gleichzeitige Aufrufe und API-Credits pro 24 h).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Zoho rejected the access token (401 INVALID_TOKEN): it was refreshed and the call sent again.</source>
        <translation>Zoho hat das Zugriffstoken abgelehnt (401 INVALID_TOKEN): Es wurde aktualisiert und der Aufruf erneut gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 records failed</source>
        <translation>%1 von %2 Datensätzen fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>record %1: %2 %3%4</source>
        <translation>Datensatz %1: %2 %3%4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Zoho CRM answered HTTP %1: %2</source>
        <translation>Zoho CRM antwortete mit HTTP %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho CRM answered HTTP %1 %2: %3</source>
        <translation>Zoho CRM antwortete mit HTTP %1 %2: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A fault on Zoho&apos;s side: try again in a few seconds.</source>
        <translation>Ein Fehler auf der Seite von Zoho: Versuchen Sie es in einigen Sekunden erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token lacks the scope this call needs: sign in again with it.</source>
        <translation>Dem Token fehlt der Scope, den dieser Aufruf braucht: Melden Sie sich mit diesem Scope erneut an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token was refused even after a refresh: sign in again.</source>
        <translation>Das Token wurde auch nach einer Aktualisierung abgelehnt: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer from Zoho: %1</source>
        <translation>Keine Antwort von Zoho: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network; it is safe to try again in a few seconds.</source>
        <translation>Prüfen Sie das Netzwerk; Sie können es gefahrlos in einigen Sekunden erneut versuchen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No complete answer in time: %1</source>
        <translation>Keine vollständige Antwort in der vorgesehenen Zeit: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again, or give the request a longer timeout. A write may have been done: look before sending it again.</source>
        <translation>Versuchen Sie es erneut oder geben Sie der Anfrage eine längere Zeitüberschreitung. Ein Schreibvorgang wurde möglicherweise ausgeführt: Prüfen Sie das, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No usable access token: %1</source>
        <translation>Kein verwendbares Zugriffstoken: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refresh token is no longer valid: sign in again.</source>
        <translation>Das Aktualisierungstoken ist nicht mehr gültig: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho Accounts did not answer: try again in a few seconds.</source>
        <translation>Zoho Accounts hat nicht geantwortet: Versuchen Sie es in einigen Sekunden erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer is not what Zoho CRM sends: %1</source>
        <translation>Die Antwort entspricht nicht dem, was Zoho CRM sendet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it stays so, the raw view shows what came.</source>
        <translation>Versuchen Sie es erneut; bleibt es dabei, zeigt die Rohansicht, was ankam.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <location filename="../ui/explorer/responseview.cpp" line="+37"/>
        <source>Find &amp;next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;value</source>
        <translation>&amp;Wert kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy JSON &amp;path</source>
        <translation>JSON-&amp;Pfad kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◀ Pre&amp;vious</source>
        <translation>◀ &amp;Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt ▶</source>
        <translation>W&amp;eiter ▶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch &amp;all &amp;&amp; export…</source>
        <translation>&amp;Alle abrufen &amp;&amp; exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Response status</source>
        <translation>Antwortstatus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate limit and API credits</source>
        <translation>Ratenbegrenzung und API-Credits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What Zoho said</source>
        <translation>Was Zoho mitteilte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Response as a tree</source>
        <translation>Antwort als Baum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expand a node to see its children; Ctrl+C copies the value, Ctrl+Shift+C its JSON path</source>
        <translation>Klappen Sie einen Knoten auf, um seine Kinder zu sehen; Strg+C kopiert den Wert, Strg+Umschalt+C seinen JSON-Pfad</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+37"/>
        <source>Copy value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+36"/>
        <source>Copy JSON path</source>
        <translation>JSON-Pfad kopieren</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Response as text</source>
        <translation>Antwort als Text</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Response views</source>
        <translation>Antwortansichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tree</source>
        <translation>&amp;Baum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Raw</source>
        <translation>&amp;Roh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Headers</source>
        <translation>&amp;Header</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find in the response</source>
        <translation>In der Antwort suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in the response (Ctrl+F, F3 for the next)</source>
        <translation>In der Antwort suchen (Strg+F, F3 für den nächsten Treffer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find next</source>
        <translation>Weitersuchen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records shown</source>
        <translation>Angezeigte Datensätze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch all pages and export</source>
        <translation>Alle Seiten abrufen und exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch every page and write the records to a CSV or JSON file as they come</source>
        <translation>Jede Seite abrufen und die Datensätze beim Eintreffen in eine CSV- oder JSON-Datei schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop fetching</source>
        <translation>Abruf beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch progress</source>
        <translation>Abruffortschritt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Records fetched</source>
        <translation>Abgerufene Datensätze</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No response yet: send a request.</source>
        <translation>Noch keine Antwort: Senden Sie eine Anfrage.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sending %1 …</source>
        <translation>%1 wird gesendet …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2 · %3 ms · %4</source>
        <translation>%1 %2 · %3 ms · %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No answer · %1 ms</source>
        <translation>Keine Antwort · %1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limits: %1</source>
        <translation>Limits: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>

… the text is cut at %1; the tree holds all of it.</source>
        <translation>

… der Text ist bei %1 abgeschnitten; der Baum enthält alles.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Starting …</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1 on %n pages</source>
        <translation>
            <numerusform>%1 auf %n Seite</numerusform>
            <numerusform>%1 auf %n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <location line="+9"/>
        <source>%n records</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>Fetched %1 on %n pages in %2 s.</source>
        <translation>
            <numerusform>%1 auf %n Seite in %2 s abgerufen.</numerusform>
            <numerusform>%1 auf %n Seiten in %2 s abgerufen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped by an error: %1 %2</source>
        <translation>Durch einen Fehler angehalten: %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Written to %1: a complete file of what was fetched.</source>
        <translation>Nach %1 geschrieben: eine vollständige Datei mit allem Abgerufenen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file could not be written (%1); nothing was left behind.</source>
        <translation>Die Datei konnte nicht geschrieben werden (%1); es blieb nichts zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was fetched, so no file was written.</source>
        <translation>Es wurde nichts abgerufen, daher wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>SandboxProcess</name>
    <message>
        <location filename="../app/core/sandboxprocess.cpp" line="+21"/>
        <source>The sandbox could not be started: %1</source>
        <translation>Die Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sandbox stopped before it was ready (exit code %1).</source>
        <translation>Die Sandbox wurde beendet, bevor sie bereit war (Exit-Code %1).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The sandbox program (zcrm-sandbox) is not installed.</source>
        <translation>Das Sandbox-Programm (zcrm-sandbox) ist nicht installiert.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The sandbox did not say where it listens.</source>
        <translation>Die Sandbox hat nicht mitgeteilt, auf welcher Adresse sie lauscht.</translation>
    </message>
</context>
<context>
    <name>SdkTokenFile</name>
    <message>
        <location filename="../stores/file/sdktokenfile.cpp" line="+45"/>
        <source>the id is empty</source>
        <translation>die ID ist leer</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 SDK CSV (%2, %3, %4 columns)</source>
        <translation>%1-SDK-CSV (%2, %3, %4 Spalten)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>not a Zoho SDK token file: the first line is not the header id,user_name,client_id,client_secret,refresh_token,access_token,grant_token,expiry_time,redirect_uri,api_domain</source>
        <translation>keine Token-Datei des Zoho SDK: Die erste Zeile ist nicht die Kopfzeile id,user_name,client_id,client_secret,refresh_token,access_token,grant_token,expiry_time,redirect_uri,api_domain</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 fields where the header has %2 (a torn or hand-edited row)</source>
        <translation>%1 Felder, wo die Kopfzeile %2 hat (eine abgeschnittene oder von Hand bearbeitete Zeile)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>id %1 appears again (first on line %2)</source>
        <translation>ID %1 kommt erneut vor (zuerst in Zeile %2)</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../ui/secretfield.cpp" line="+26"/>
        <location line="+11"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows or hides the %1 as plain text</source>
        <translation>%1 im Klartext anzeigen oder verbergen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the %1</source>
        <translation>%1 anzeigen oder verbergen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+28"/>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh lead, minutes</source>
        <translation>Aktualisierungsvorlauf, Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long before a token expires it is refreshed: the minutes</source>
        <translation>Wie lange vor dem Ablauf ein Token aktualisiert wird: die Minuten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh lead, seconds</source>
        <translation>Aktualisierungsvorlauf, Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long before a token expires it is refreshed: the seconds</source>
        <translation>Wie lange vor dem Ablauf ein Token aktualisiert wird: die Sekunden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tokens are refreshed this long before they expire (at least 5 seconds).</source>
        <translation>Token werden so lange vor ihrem Ablauf aktualisiert (mindestens 5 Sekunden).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh before expiry:</source>
        <translation>Aktualisierung &amp;vor Ablauf:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: the OS keychain where one answers, else SQLite in your data folder</source>
        <translation>Leer: der System-Schlüsselbund, sofern verfügbar, sonst SQLite in Ihrem Datenordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default store</source>
        <translation>Standardspeicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store spec opened at start; empty for the automatic choice</source>
        <translation>Die beim Start geöffnete Speicherangabe; leer für die automatische Wahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>A&amp;uswählen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the default store</source>
        <translation>Den Standardspeicher auswählen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Default &amp;store:</source>
        <translation>&amp;Standardspeicher:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+18"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applies after a restart</source>
        <translation>Gilt nach einem Neustart</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applies after a restart.</source>
        <translation>Gilt nach einem Neustart.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light or dark; applies at once</source>
        <translation>Hell oder dunkel; gilt sofort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Refresh at least 5 seconds before expiry, or a token may expire before its refresh is back.</source>
        <translation>Aktualisieren Sie mindestens 5 Sekunden vor Ablauf, sonst kann ein Token ablaufen, bevor seine Aktualisierung zurück ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a store this build knows. Use Choose… to pick one.</source>
        <translation>„%1“ ist kein Speicher, den diese Version kennt. Wählen Sie mit „Auswählen…“ einen aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password never goes into the settings. Use Choose… to keep it in the OS keychain.</source>
        <translation>Ein Passwort gehört nie in die Einstellungen. Legen Sie es mit „Auswählen…“ im System-Schlüsselbund ab.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Closing the window keeps ZCRM Explorer in the tray, where it keeps your tokens fresh; Quit is in the tray&apos;s menu.</source>
        <translation>Beim Schließen des Fensters bleibt ZCRM Explorer im Infobereich und hält Ihre Token aktuell; „Beenden“ finden Sie im Menü des Infobereichs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No system tray was found (GNOME, for one, has none without an extension): closing the window quits, and tokens are kept fresh only while it is open. Servers can run “zcrm refresh --watch” instead.</source>
        <translation>Es wurde kein Infobereich gefunden (GNOME etwa hat ohne Erweiterung keinen): Das Schließen des Fensters beendet das Programm, und Token werden nur aktualisiert, solange es geöffnet ist. Auf Servern kann stattdessen „zcrm refresh --watch“ laufen.</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>Start at &amp;login, in the tray</source>
        <translation>Bei Sitzungs&amp;beginn im Infobereich starten</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Start at login cannot be set: %1</source>
        <translation>Der Start bei Sitzungsbeginn kann nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Start at login</source>
        <translation>Start bei Sitzungsbeginn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts ZCRM Explorer in the tray when you log in, so that your tokens stay fresh</source>
        <translation>Startet ZCRM Explorer bei Sitzungsbeginn im Infobereich, damit Ihre Token aktuell bleiben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tray:</source>
        <translation>Infobereich:</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>When tokens are refreshed, the default store, the language, the theme and the start at login</source>
        <translation>Wann Token aktualisiert werden, der Standardspeicher, die Sprache, das Design und der Start bei Sitzungsbeginn</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../ui/signindialog.cpp" line="+39"/>
        <source>Read and write the records of every module</source>
        <translation>Datensätze aller Module lesen und schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the records of every module</source>
        <translation>Datensätze aller Module lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read leads</source>
        <translation>Leads lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read contacts</source>
        <translation>Kontakte lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read accounts</source>
        <translation>Firmen lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read deals</source>
        <translation>Geschäfte lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read and change the CRM&apos;s settings and metadata</source>
        <translation>Einstellungen und Metadaten des CRM lesen und ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the list of modules</source>
        <translation>Liste der Module lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the fields of modules</source>
        <translation>Felder der Module lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the layouts of modules</source>
        <translation>Layouts der Module lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the CRM&apos;s users</source>
        <translation>Benutzer des CRM lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read and manage the CRM&apos;s users</source>
        <translation>Benutzer des CRM lesen und verwalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the organization&apos;s details</source>
        <translation>Angaben zur Organisation lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run COQL queries</source>
        <translation>COQL-Abfragen ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulk read and write jobs</source>
        <translation>Massenlese- und Massenschreibaufträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscribe to change notifications</source>
        <translation>Änderungsbenachrichtigungen abonnieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download attached files</source>
        <translation>Angehängte Dateien herunterladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read your Zoho profile (name, e-mail)</source>
        <translation>Ihr Zoho-Profil lesen (Name, E-Mail)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sign In to Zoho CRM</source>
        <translation>Bei Zoho CRM anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to Zoho CRM</source>
        <translation>Bei Zoho CRM anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where and with which client to sign in; your browser then asks you to approve access</source>
        <translation>Wählen Sie, wo und mit welchem Client Sie sich anmelden; Ihr Browser bittet Sie dann, den Zugriff zu genehmigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens your browser to approve access</source>
        <translation>Öffnet Ihren Browser, um den Zugriff zu genehmigen</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>ZCRM Explorer opens your browser, where you approve access to Zoho CRM. The token is then kept in the current store and refreshed before it expires. No Zoho account? Choose “Sandbox (offline demo)”.</source>
        <translation>ZCRM Explorer öffnet Ihren Browser, in dem Sie den Zugriff auf Zoho CRM genehmigen. Das Token wird dann im aktuellen Speicher aufbewahrt und vor dem Ablauf aktualisiert. Kein Zoho-Konto? Wählen Sie „Sandbox (Offline-Demo)“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>1000.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX</source>
        <translation>1000.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client ID from the Zoho API console</source>
        <translation>Die Client-ID aus der Zoho API Console</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lient ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client secret from the Zoho API console; masked until you choose Show</source>
        <translation>Das Client-Geheimnis aus der Zoho API Console; verdeckt, bis Sie „Anzeigen“ wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client secre&amp;t:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The permissions to ask for; check or uncheck with Space</source>
        <translation>Die anzufragenden Berechtigungen; mit der Leertaste an- oder abwählen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>S&amp;copes:</source>
        <translation>Sc&amp;opes:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. ZohoCRM.modules.custom.READ, ZohoCRM.Files.CREATE</source>
        <translation>z. B. ZohoCRM.modules.custom.READ, ZohoCRM.Files.CREATE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other scopes</source>
        <translation>Weitere Scopes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More scopes to ask for, separated by commas or spaces</source>
        <translation>Weitere anzufragende Scopes, getrennt durch Kommas oder Leerzeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Other scopes:</source>
        <translation>&amp;Weitere Scopes:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any free port</source>
        <translation>Beliebiger freier Port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redirect port</source>
        <translation>Weiterleitungsport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port of the redirect URI on this computer; 0 picks any free port</source>
        <translation>Der Port der Weiterleitungs-URI auf diesem Computer; 0 wählt einen beliebigen freien Port</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Redirect port:</source>
        <translation>Weiterleitungs&amp;port:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Waiting for you to approve access in your browser…</source>
        <translation>Warten auf Ihre Genehmigung im Browser…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Waiting for the browser</source>
        <translation>Warten auf den Browser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your browser shows Zoho&apos;s consent page. Approve access there; this window continues by itself. If no browser opened, copy this address into one:</source>
        <translation>Ihr Browser zeigt die Zustimmungsseite von Zoho. Genehmigen Sie dort den Zugriff; dieses Fenster fährt dann von selbst fort. Falls sich kein Browser geöffnet hat, kopieren Sie diese Adresse in einen:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Preparing the sign-in…</source>
        <translation>Anmeldung wird vorbereitet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorization address</source>
        <translation>Autorisierungsadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address of Zoho&apos;s consent page for this sign-in</source>
        <translation>Die Adresse der Zustimmungsseite von Zoho für diese Anmeldung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;py</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the authorization address</source>
        <translation>Die Autorisierungsadresse kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The address was copied. Paste it into your browser.</source>
        <translation>Die Adresse wurde kopiert. Fügen Sie sie in Ihren Browser ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A free port is picked for each sign-in; the sandbox accepts any port.</source>
        <translation>Für jede Anmeldung wird ein freier Port gewählt; die Sandbox akzeptiert jeden Port.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox accepts %1, and any other port.</source>
        <translation>Die Sandbox akzeptiert %1 und jeden anderen Port.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A free port is picked for each sign-in; only works with clients that accept any port (as the sandbox does).</source>
        <translation>Für jede Anmeldung wird ein freier Port gewählt; das funktioniert nur mit Clients, die jeden Port akzeptieren (wie die Sandbox).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register %1 as the client&apos;s redirect URI.</source>
        <translation>Registrieren Sie %1 als Weiterleitungs-URI des Clients.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The sandbox is still starting. Sign in again in a moment.</source>
        <translation>Die Sandbox startet noch. Melden Sie sich gleich noch einmal an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+174"/>
        <source>The sandbox is not part of this installation.</source>
        <translation>Die Sandbox ist nicht Teil dieser Installation.</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Enter the client ID. You find it in the Zoho API console (api-console.zoho.com) under your client.</source>
        <translation>Geben Sie die Client-ID ein. Sie finden sie in der Zoho API Console (api-console.zoho.com) bei Ihrem Client.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the client secret. It is shown in the Zoho API console next to the client ID.</source>
        <translation>Geben Sie das Client-Geheimnis ein. Es wird in der Zoho API Console neben der Client-ID angezeigt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a scope. Scopes look like ZohoCRM.modules.ALL.</source>
        <translation>„%1“ ist kein Scope. Scopes sehen aus wie ZohoCRM.modules.ALL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose at least one scope, for example ZohoCRM.modules.ALL.</source>
        <translation>Wählen Sie mindestens einen Scope, zum Beispiel ZohoCRM.modules.ALL.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The sign-in was cancelled. Nothing was saved.</source>
        <translation>Die Anmeldung wurde abgebrochen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>You are signed in, but the token could not be saved. %1</source>
        <translation>Sie sind angemeldet, aber das Token konnte nicht gespeichert werden. %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes this window without signing in</source>
        <translation>Schließt dieses Fenster ohne Anmeldung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Cancel Sign-In</source>
        <translation>Anmeldung a&amp;bbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops waiting for the browser</source>
        <translation>Beendet das Warten auf den Browser</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Starting the sandbox on this computer…</source>
        <translation>Sandbox wird auf diesem Computer gestartet…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The sandbox runs on this computer and plays Zoho with made-up data: sign in to see the whole product without a Zoho account.</source>
        <translation>Die Sandbox läuft auf diesem Computer und spielt Zoho mit erfundenen Daten: Melden Sie sich an, um das ganze Produkt ohne Zoho-Konto zu sehen.</translation>
    </message>
</context>
<context>
    <name>SqlServerConnection</name>
    <message>
        <location filename="../stores/sql/sqlserverconnection.cpp" line="+43"/>
        <source>Qt&apos;s %1 driver is not installed (package %2)</source>
        <translation>der %1-Treiber von Qt ist nicht installiert (Paket %2)</translation>
    </message>
</context>
<context>
    <name>SqlServerSpec</name>
    <message>
        <location filename="../stores/sql/sqlserverspec.cpp" line="+70"/>
        <source>not a MySQL or PostgreSQL store spec</source>
        <translation>keine MySQL- oder PostgreSQL-Speicherangabe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a password in the store spec is refused, because specs are saved in settings and shown in logs; set ZCRM_DB_PASSWORD instead</source>
        <translation>ein Passwort in der Speicherangabe wird abgelehnt, weil Speicherangaben in Einstellungen gespeichert und in Protokollen angezeigt werden; setzen Sie stattdessen ZCRM_DB_PASSWORD</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected %1</source>
        <translation>erwartet: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a valid URL; expected %1</source>
        <translation>keine gültige URL; erwartet: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected &quot;#&quot; part; expected %1</source>
        <translation>unerwarteter „#“-Teil; erwartet: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>port 0 is not a valid port</source>
        <translation>Port 0 ist kein gültiger Port</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the path must be one database name; expected %1</source>
        <translation>der Pfad muss ein einzelner Datenbankname sein; erwartet: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>table name %1 is not allowed: use letters, digits and &quot;_&quot;, not starting with a digit, at most 40 characters</source>
        <translation>der Tabellenname %1 ist nicht erlaubt: Verwenden Sie Buchstaben, Ziffern und „_“, nicht mit einer Ziffer beginnend, höchstens 40 Zeichen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a password in the store spec is refused; set ZCRM_DB_PASSWORD instead</source>
        <translation>ein Passwort in der Speicherangabe wird abgelehnt; setzen Sie stattdessen ZCRM_DB_PASSWORD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown option %1; the only option is table=NAME</source>
        <translation>unbekannte Option %1; die einzige Option ist table=NAME</translation>
    </message>
</context>
<context>
    <name>SqlServerTokenStore</name>
    <message>
        <location filename="../stores/sql/sqlserverstores.cpp" line="+47"/>
        <source>MySQL or MariaDB, the SDK DBStore&apos;s table (default root@localhost:3306, database zohooauth, table oauthtoken); password from ZCRM_DB_PASSWORD or the OS keychain</source>
        <translation>MySQL oder MariaDB, die DBStore-Tabelle des SDK (Standard root@localhost:3306, Datenbank zohooauth, Tabelle oauthtoken); Passwort aus ZCRM_DB_PASSWORD oder dem System-Schlüsselbund</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PostgreSQL, the same table (default postgres@localhost:5432, database zohooauth, table oauthtoken); password from ZCRM_DB_PASSWORD or the OS keychain</source>
        <translation>PostgreSQL, dieselbe Tabelle (Standard postgres@localhost:5432, Datenbank zohooauth, Tabelle oauthtoken); Passwort aus ZCRM_DB_PASSWORD oder dem System-Schlüsselbund</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>same as mysql://</source>
        <translation>wie mysql://</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>same as postgresql://</source>
        <translation>wie postgresql://</translation>
    </message>
    <message>
        <location filename="../stores/sql/sqlservertokenstore.cpp" line="+112"/>
        <source>cannot connect to %1 at %2:%3 as %4 (database %5)</source>
        <translation>kann keine Verbindung zu %1 auf %2:%3 als %4 herstellen (Datenbank %5)</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+481"/>
        <location line="+46"/>
        <location line="+162"/>
        <source>cannot start a transaction</source>
        <translation>kann keine Transaktion beginnen</translation>
    </message>
    <message>
        <location line="-684"/>
        <source>cannot lock the schema</source>
        <translation>kann das Schema nicht sperren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>another process kept the schema locked for 30 s</source>
        <translation>ein anderer Prozess hielt das Schema 30 s lang gesperrt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot commit the schema</source>
        <translation>kann das Schema nicht festschreiben</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot read the columns of %1</source>
        <translation>kann die Spalten von %1 nicht lesen</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <location line="+102"/>
        <source>cannot create %1</source>
        <translation>kann %1 nicht anlegen</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>cannot create table %1</source>
        <translation>kann die Tabelle %1 nicht anlegen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>table %1 exists but is not a token table: it has no column %2; it was left as it is</source>
        <translation>die Tabelle %1 existiert, ist aber keine Token-Tabelle: Ihr fehlt die Spalte %2; sie wurde nicht verändert</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot add column %1 to %2</source>
        <translation>kann die Spalte %1 nicht zu %2 hinzufügen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot index %1.%2</source>
        <translation>kann keinen Index für %1.%2 anlegen</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>cannot read the indexes of %1</source>
        <translation>kann die Indizes von %1 nicht lesen</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+546"/>
        <source>cannot read the schema version</source>
        <translation>kann die Schemaversion nicht lesen</translation>
    </message>
    <message>
        <location line="-524"/>
        <source>cannot record the schema version</source>
        <translation>kann die Schemaversion nicht speichern</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot create the change counter of %1</source>
        <translation>kann den Änderungszähler von %1 nicht anlegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read the triggers of %1</source>
        <translation>kann die Trigger von %1 nicht lesen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot create a savepoint</source>
        <translation>kann keinen Sicherungspunkt anlegen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>cannot count the change</source>
        <translation>kann die Änderung nicht zählen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read the change counter</source>
        <translation>kann den Änderungszähler nicht lesen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>cannot look the token up</source>
        <translation>kann das Token nicht nachschlagen</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+331"/>
        <source>cannot read token %1</source>
        <translation>kann Token %1 nicht lesen</translation>
    </message>
    <message>
        <location line="-280"/>
        <location line="+24"/>
        <location line="+181"/>
        <location line="+38"/>
        <source>cannot commit</source>
        <translation>kann nicht festschreiben</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>cannot update token %1</source>
        <translation>kann Token %1 nicht aktualisieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Given user authentication details not found, and the token has no refresh, grant or access token to store</source>
        <translation>Angegebene Benutzer-Authentifizierungsdaten nicht gefunden, und das Token hat kein Aktualisierungs-, Grant- oder Zugriffstoken zum Speichern</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no token id is left after %1; save it with a free --id</source>
        <translation>nach %1 ist keine Token-ID mehr frei; speichern Sie es mit einer freien --id</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot insert token %1</source>
        <translation>kann Token %1 nicht einfügen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot record the next id</source>
        <translation>kann die nächste ID nicht speichern</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot lock table %1</source>
        <translation>kann die Tabelle %1 nicht sperren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read the next id</source>
        <translation>kann die nächste ID nicht lesen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot compute the next id</source>
        <translation>kann die nächste ID nicht ermitteln</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+18"/>
        <location line="+58"/>
        <location line="+30"/>
        <source>no token with id %1</source>
        <translation>kein Token mit der ID %1</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>cannot delete token %1</source>
        <translation>kann Token %1 nicht löschen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot read the tokens</source>
        <translation>kann die Token nicht lesen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot delete the tokens</source>
        <translation>kann die Token nicht löschen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>cannot take the lease of token %1</source>
        <translation>kann die Lease von Token %1 nicht übernehmen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cannot release the lease of token %1</source>
        <translation>kann die Lease von Token %1 nicht freigeben</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot count the tokens</source>
        <translation>kann die Token nicht zählen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2, database %3, table %4</source>
        <translation>%1 %2, Datenbank %3, Tabelle %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; changes counted by our own writers only, not a Zoho SDK&apos;s (the server refused triggers: %1)</source>
        <translation>; Änderungen werden nur von unseren eigenen Schreibzugriffen gezählt, nicht von denen eines Zoho SDK (der Server hat Trigger abgelehnt: %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; changes counted by triggers</source>
        <translation>; Änderungen werden von Triggern gezählt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>; not writable: </source>
        <translation>; nicht beschreibbar: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a test insert failed</source>
        <translation>ein Testeinfügen ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>SqliteConnection</name>
    <message>
        <location filename="../stores/sqlite/sqliteconnection.cpp" line="+41"/>
        <source>Qt&apos;s SQLite driver is not installed (package libqt6sql6-sqlite)</source>
        <translation>der SQLite-Treiber von Qt ist nicht installiert (Paket libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>switched off</source>
        <translation>abgeschaltet</translation>
    </message>
</context>
<context>
    <name>SqliteDriverHandle</name>
    <message>
        <location filename="../stores/sqlite/sqlitedriverhandle.cpp" line="+41"/>
        <source>cannot tell which library holds Qt&apos;s SQLite driver</source>
        <translation>kann nicht feststellen, welche Bibliothek den SQLite-Treiber von Qt enthält</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot look into %1</source>
        <translation>kann %1 nicht untersuchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 uses another copy of SQLite</source>
        <translation>%1 verwendet eine andere Kopie von SQLite</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Qt&apos;s SQLite driver gives no SQLite handle</source>
        <translation>der SQLite-Treiber von Qt liefert kein SQLite-Handle</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>built without SQLite&apos;s headers</source>
        <translation>ohne die Header von SQLite erstellt</translation>
    </message>
</context>
<context>
    <name>SqliteSchema</name>
    <message>
        <location filename="../stores/sqlite/sqliteschema.cpp" line="+53"/>
        <source>cannot read the schema (%1)</source>
        <translation>kann das Schema nicht lesen (%1)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the database is damaged (PRAGMA quick_check: %1)</source>
        <translation>die Datenbank ist beschädigt (PRAGMA quick_check: %1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its oauthtoken is a %1, not a table: not a token store</source>
        <translation>ihr oauthtoken ist ein %1, keine Tabelle: kein Token-Speicher</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its oauthtoken is a virtual table, not a plain table: not a token store</source>
        <translation>ihr oauthtoken ist eine virtuelle Tabelle, keine normale: kein Token-Speicher</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its oauthtoken table has no rowid (WITHOUT ROWID): not a token store</source>
        <translation>ihre Tabelle oauthtoken hat keine rowid (WITHOUT ROWID): kein Token-Speicher</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>its oauthtoken table has no primary key and id %1 is on more than one row</source>
        <translation>ihre Tabelle oauthtoken hat keinen Primärschlüssel, und die ID %1 steht in mehr als einer Zeile</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>written by a newer ZCRM Explorer (schema %1; this one knows up to %2)</source>
        <translation>von einem neueren ZCRM Explorer geschrieben (Schema %1; dieser kennt bis %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>its oauthtoken table does not start with the Zoho SDK&apos;s ten columns (it has %1)</source>
        <translation>ihre Tabelle oauthtoken beginnt nicht mit den zehn Spalten des Zoho SDK (sie hat %1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>it holds other tables (%1) and no oauthtoken table: not a token store</source>
        <translation>sie enthält andere Tabellen (%1) und keine Tabelle oauthtoken: kein Token-Speicher</translation>
    </message>
</context>
<context>
    <name>SqliteTokenStore</name>
    <message>
        <location filename="../stores/sqlite/sqlitestoreregistration.cpp" line="+10"/>
        <source>SQLite file; table oauthtoken as the Zoho SDK samples create it (opens their zohooauth.db)</source>
        <translation>SQLite-Datei; Tabelle oauthtoken wie in den Beispielen des Zoho SDK (öffnet deren zohooauth.db)</translation>
    </message>
    <message>
        <location filename="../stores/sqlite/sqlitetokenstore.cpp" line="+82"/>
        <source>no file named; use sqlite:PATH</source>
        <translation>keine Datei angegeben; verwenden Sie sqlite:PFAD</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; nothing was read or written</source>
        <translation>; nichts wurde gelesen oder geschrieben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot create folder %1</source>
        <translation>kann den Ordner %1 nicht anlegen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a folder</source>
        <translation>%1 ist ein Ordner</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is a symbolic link to %2, which does not exist; nothing was created</source>
        <translation>%1 ist ein symbolischer Link auf %2, das nicht existiert; nichts wurde angelegt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot create the file: %1</source>
        <translation>kann die Datei nicht anlegen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read the file: %1</source>
        <translation>kann die Datei nicht lesen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not an SQLite database; the file was left as it is</source>
        <translation>keine SQLite-Datenbank; die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its pages reserve %1 bytes for an SQLite extension (encryption or checksums) this store does not have; the file was left as it is</source>
        <translation>ihre Seiten reservieren %1 Byte für eine SQLite-Erweiterung (Verschlüsselung oder Prüfsummen), die dieser Speicher nicht hat; die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>; the file was left as it is</source>
        <translation>; die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is read-only and its table needs our columns first; the file was left as it is</source>
        <translation>die Datei ist schreibgeschützt, und ihre Tabelle braucht zuerst unsere Spalten; die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+610"/>
        <source>statements on SQLite&apos;s handle</source>
        <translation>Anweisungen über das SQLite-Handle</translation>
    </message>
    <message>
        <location line="-609"/>
        <source>statements through QSqlQuery: </source>
        <translation>Anweisungen über QSqlQuery: </translation>
    </message>
    <message>
        <location line="+105"/>
        <source>the database is locked by another process beyond %1 ms; try again</source>
        <translation>die Datenbank ist länger als %1 ms von einem anderen Prozess gesperrt; versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file is read-only (%1)</source>
        <translation>die Datei ist schreibgeschützt (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the database is damaged (%1); the file was left as it is</source>
        <translation>die Datenbank ist beschädigt (%1); die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot open the file (%1)</source>
        <translation>kann die Datei nicht öffnen (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SQLite error %1: %2</source>
        <translation>SQLite-Fehler %1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the file is read-only (no write permission)</source>
        <translation>die Datei ist schreibgeschützt (keine Schreibberechtigung)</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>no token id is left after %1; save it with a free --id</source>
        <translation>nach %1 ist keine Token-ID mehr frei; speichern Sie es mit einer freien --id</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>id %1 is on %2 rows (the table has no primary key); nothing was saved</source>
        <translation>die ID %1 steht in %2 Zeilen (die Tabelle hat keinen Primärschlüssel); nichts wurde gespeichert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Given user authentication details not found, and the token has no refresh, grant or access token to store</source>
        <translation>Angegebene Benutzer-Authentifizierungsdaten nicht gefunden, und das Token hat kein Aktualisierungs-, Grant- oder Zugriffstoken zum Speichern</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+120"/>
        <source>no token with id %1</source>
        <translation>kein Token mit der ID %1</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>id %1 is on %2 rows (the table has no primary key); nothing was deleted</source>
        <translation>die ID %1 steht in %2 Zeilen (die Tabelle hat keinen Primärschlüssel); nichts wurde gelöscht</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>journal mode %1</source>
        <translation>Journalmodus %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not writable: </source>
        <translation>nicht beschreibbar: </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>other users may read the file (not 0600)</source>
        <translation>andere Benutzer können die Datei lesen (nicht 0600)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rows cached for this thread</source>
        <translation>%1 Zeilen für diesen Thread zwischengespeichert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>statements through QSqlQuery (%1)</source>
        <translation>Anweisungen über QSqlQuery (%1)</translation>
    </message>
</context>
<context>
    <name>StoreChooserDialog</name>
    <message>
        <location filename="../ui/storechooserdialog.cpp" line="+28"/>
        <source>Choose where ZCRM Explorer reads and keeps tokens. The Zoho SDKs and the command line can share the same store.</source>
        <translation>Wählen Sie, wo ZCRM Explorer Token liest und aufbewahrt. Die Zoho SDKs und die Kommandozeile können denselben Speicher nutzen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Make this my default store</source>
        <translation>Als Standardspeicher &amp;festlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make this my default store</source>
        <translation>Als Standardspeicher festlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens this store when ZCRM Explorer starts</source>
        <translation>Öffnet diesen Speicher beim Start von ZCRM Explorer</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+29"/>
        <source>&amp;Open Store</source>
        <translation>Speicher &amp;öffnen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Choose the Default Store</source>
        <translation>Standardspeicher auswählen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Switch Store</source>
        <translation>Speicher wechseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the default store</source>
        <translation>Den Standardspeicher auswählen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Switch store</source>
        <translation>Speicher wechseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a token store by its kind and details</source>
        <translation>Einen Token-Speicher nach Art und Details auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose</source>
        <translation>A&amp;uswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses this store as the default</source>
        <translation>Verwendet diesen Speicher als Standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens this store in the main window</source>
        <translation>Öffnet diesen Speicher im Hauptfenster</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Keeping the password in the OS keychain…</source>
        <translation>Passwort wird im System-Schlüsselbund abgelegt…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password could not be kept in the OS keychain, so the store was not opened. %1</source>
        <translation>Das Passwort konnte nicht im System-Schlüsselbund abgelegt werden, daher wurde der Speicher nicht geöffnet. %1</translation>
    </message>
</context>
<context>
    <name>StoreRegistry</name>
    <message>
        <location filename="../stores/builtinstores.cpp" line="+24"/>
        <source>in this process only, gone when it exits</source>
        <translation>nur in diesem Prozess, weg, wenn er endet</translation>
    </message>
    <message>
        <location filename="../stores/storeregistry.cpp" line="+47"/>
        <source>this kind of store takes no password</source>
        <translation>diese Speicherart nimmt kein Passwort an</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>this build has no keychain for database passwords</source>
        <translation>diese Version hat keinen Schlüsselbund für Datenbankpasswörter</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unknown store spec; use one of: %1</source>
        <translation>unbekannte Speicherangabe; verwenden Sie eine von: %1</translation>
    </message>
</context>
<context>
    <name>StoreSpecEditor</name>
    <message>
        <location filename="../ui/storespeceditor.cpp" line="+59"/>
        <source>Kind of store</source>
        <translation>Art des Speichers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the tokens are kept</source>
        <translation>Wo die Token aufbewahrt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind of store:</source>
        <translation>&amp;Art des Speichers:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The path of the store&apos;s file</source>
        <translation>Der Pfad der Speicherdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse for the file</source>
        <translation>Nach der Datei suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Default (zcrm-explorer)</source>
        <translation>Standard (zcrm-explorer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keychain service</source>
        <translation>Schlüsselbund-Dienst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service name the tokens are filed under; empty for the default</source>
        <translation>Der Dienstname, unter dem die Token abgelegt werden; leer für den Standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Service:</source>
        <translation>Dien&amp;st:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server host</source>
        <translation>Server-Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server port</source>
        <translation>Server-Port</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>Date&amp;nbank:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token table; letters, digits and underscores</source>
        <translation>Die Token-Tabelle; Buchstaben, Ziffern und Unterstriche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Table:</source>
        <translation>&amp;Tabelle:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept in the OS keychain, never in the settings or the spec; empty to keep the saved one</source>
        <translation>Wird im System-Schlüsselbund abgelegt, nie in den Einstellungen oder der Speicherangabe; leer lassen, um das gespeicherte zu behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password is kept in the OS keychain, never in the settings or the spec.</source>
        <translation>Das Passwort wird im System-Schlüsselbund abgelegt, nie in den Einstellungen oder der Speicherangabe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Store details</source>
        <translation>Speicherdetails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What follows the scheme in the store spec</source>
        <translation>Was in der Speicherangabe auf das Schema folgt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;etails:</source>
        <translation>D&amp;etails:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Store spec</source>
        <translation>Speicherangabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store spec these fields make; it never holds a password</source>
        <translation>Die Speicherangabe, die sich aus diesen Feldern ergibt; sie enthält nie ein Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store s&amp;pec:</source>
        <translation>S&amp;peicherangabe:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>OS keychain</source>
        <translation>System-Schlüsselbund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQLite database file</source>
        <translation>SQLite-Datenbankdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho SDK token file (CSV)</source>
        <translation>Token-Datei des Zoho SDK (CSV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MySQL server</source>
        <translation>MySQL-Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MariaDB server</source>
        <translation>MariaDB-Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In memory only</source>
        <translation>Nur im Arbeitsspeicher</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The Secret Service, macOS Keychain or Windows Credential Manager: your login protects the secrets.</source>
        <translation>Secret Service, macOS-Schlüsselbund oder Windows-Anmeldeinformationsverwaltung: Ihre Anmeldung am System schützt die Geheimnisse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One file on this computer, in the layout the Zoho SDK samples use (their zohooauth.db opens as it is). Created readable by you only.</source>
        <translation>Eine Datei auf diesem Computer im Aufbau der Beispiele des Zoho SDK (deren zohooauth.db lässt sich direkt öffnen). Wird nur für Sie lesbar angelegt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Zoho SDK&apos;s token file (sdk_tokens.txt), shared with the Python and Java SDKs. Created readable by you only.</source>
        <translation>Die Token-Datei des Zoho SDK (sdk_tokens.txt), gemeinsam genutzt mit den SDKs für Python und Java. Wird nur für Sie lesbar angelegt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Zoho SDK DBStore table on a MySQL or MariaDB server; empty fields take the SDK&apos;s defaults (root@localhost:3306, database zohooauth, table oauthtoken).</source>
        <translation>Die DBStore-Tabelle des Zoho SDK auf einem MySQL- oder MariaDB-Server; leere Felder übernehmen die Standardwerte des SDK (root@localhost:3306, Datenbank zohooauth, Tabelle oauthtoken).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same table on a PostgreSQL server; empty fields take the defaults (postgres@localhost:5432, database zohooauth, table oauthtoken).</source>
        <translation>Dieselbe Tabelle auf einem PostgreSQL-Server; leere Felder übernehmen die Standardwerte (postgres@localhost:5432, Datenbank zohooauth, Tabelle oauthtoken).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept in this program only, and gone when it quits: for trying things out.</source>
        <translation>Nur in diesem Programm gehalten und beim Beenden verloren: zum Ausprobieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (written as %2)</source>
        <translation>%1 (geschrieben als %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Choose a kind of store.</source>
        <translation>Wählen Sie eine Speicherart.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the file: type its path or use Browse….</source>
        <translation>Wählen Sie die Datei: Geben Sie ihren Pfad ein oder verwenden Sie „Durchsuchen…“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is a folder; choose a file in it.</source>
        <translation>„%1“ ist ein Ordner; wählen Sie eine Datei darin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A keychain service name has no spaces or slashes.</source>
        <translation>Ein Schlüsselbund-Dienstname enthält keine Leerzeichen oder Schrägstriche.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The host is a name or an address, such as db.example.com or 127.0.0.1.</source>
        <translation>Der Host ist ein Name oder eine Adresse, etwa db.example.com oder 127.0.0.1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user name cannot contain “:”, “@” or “/”; the password has its own field.</source>
        <translation>Der Benutzername darf weder „:“ noch „@“ oder „/“ enthalten; das Passwort hat ein eigenes Feld.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is one name, without “/” or “?”.</source>
        <translation>Die Datenbank ist ein einzelner Name, ohne „/“ oder „?“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The table name may have letters, digits and “_”, not start with a digit, and have at most 40 characters.</source>
        <translation>Der Tabellenname darf Buchstaben, Ziffern und „_“ enthalten, nicht mit einer Ziffer beginnen und höchstens 40 Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Choose the Token File</source>
        <translation>Token-Datei auswählen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the SQLite Database</source>
        <translation>SQLite-Datenbank auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token files (*.txt *.csv)</source>
        <translation>Token-Dateien (*.txt *.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQLite databases (*.db *.sqlite *.sqlite3)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3)</translation>
    </message>
</context>
<context>
    <name>TokenChoiceModel</name>
    <message>
        <location filename="../ui/explorer/tokenchoicemodel.cpp" line="+47"/>
        <source>custom</source>
        <translation>benutzerdefiniert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, data center %2, %3</source>
        <translation>%1, Rechenzentrum %2, %3</translation>
    </message>
</context>
<context>
    <name>TokenDetailPane</name>
    <message>
        <location filename="../ui/tokendetailpane.cpp" line="+25"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Token details</source>
        <translation>Token-Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+109"/>
        <source>Select a token to see its details.</source>
        <translation>Wählen Sie ein Token aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>No token selected</source>
        <translation>Kein Token ausgewählt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Token fields</source>
        <translation>Token-Felder</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Access token expiry</source>
        <translation>Ablauf des Zugriffstokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data center:</source>
        <translation>Rechenzentrum:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data center and environment</source>
        <translation>Rechenzentrum und Umgebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refreshes at:</source>
        <translation>Aktualisiert über:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accounts server that refreshes this token</source>
        <translation>Accounts-Server, der dieses Token aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API domain:</source>
        <translation>API-Domain:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API domain</source>
        <translation>API-Domain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret:</source>
        <translation>Client-Geheimnis:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token:</source>
        <translation>Zugriffstoken:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh token:</source>
        <translation>Aktualisierungstoken:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refresh token</source>
        <translation>Aktualisierungstoken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant token:</source>
        <translation>Grant-Token:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>grant token</source>
        <translation>Grant-Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redirect URL:</source>
        <translation>Weiterleitungs-URL:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redirect URL</source>
        <translation>Weiterleitungs-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Granted scopes</source>
        <translation>Gewährte Scopes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last saved:</source>
        <translation>Zuletzt gespeichert:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last saved</source>
        <translation>Zuletzt gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store ID:</source>
        <translation>Speicher-ID:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Store ID</source>
        <translation>Speicher-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error:</source>
        <translation>Letzter Fehler:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do:</source>
        <translation>Nächster Schritt:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to do</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Show or hide the value</source>
        <translation>Wert anzeigen oder verbergen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>custom (%1)</source>
        <translation>benutzerdefiniert (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none (Self Client)</source>
        <translation>keine (Self Client)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>none</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing: the token is ready to use.</source>
        <translation>Nichts: Das Token ist einsatzbereit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no access token</source>
        <translation>kein Zugriffstoken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>TokenEndpointClient</name>
    <message>
        <location filename="../app/core/tokenendpointclient.cpp" line="+118"/>
        <source>the accounts server&apos;s answer to the revocation (HTTP %1) is not a JSON object</source>
        <translation>die Antwort des Accounts-Servers auf den Widerruf (HTTP %1) ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Zoho refused the revocation (HTTP %1, status &quot;%2&quot;)%3</source>
        <translation>Zoho hat den Widerruf abgelehnt (HTTP %1, Status „%2“)%3</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>no answer from %1 within %2 s (%3)</source>
        <translation>keine Antwort von %1 innerhalb von %2 s (%3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot reach the accounts server %1: %2</source>
        <translation>der Accounts-Server %1 ist nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>TokenExtrasFile</name>
    <message>
        <location filename="../stores/file/tokenextrasfile.cpp" line="+63"/>
        <source>not a zcrm sidecar file: the first line is not the header id,%1,…</source>
        <translation>keine zcrm-Begleitdatei: Die erste Zeile ist nicht die Kopfzeile id,%1,…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 fields where the header has %2</source>
        <translation>%1 Felder, wo die Kopfzeile %2 hat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>id %1 appears again (first on line %2)</source>
        <translation>ID %1 kommt erneut vor (zuerst in Zeile %2)</translation>
    </message>
</context>
<context>
    <name>TokenFacade</name>
    <message>
        <location filename="../app/core/tokenfacadeworker.cpp" line="+171"/>
        <source>no token store is open</source>
        <translation>kein Token-Speicher geöffnet</translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <location filename="../app/core/tokenresponse.cpp" line="+29"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the accounts server&apos;s answer (%1, %2 bytes) is not a JSON object</source>
        <translation>die Antwort des Accounts-Servers (%1, %2 Byte) ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(an error that is not text)</source>
        <translation>(ein Fehler, der kein Text ist)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the accounts server&apos;s answer (%1) has neither access_token nor error</source>
        <translation>die Antwort des Accounts-Servers (%1) enthält weder access_token noch error</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the accounts server&apos;s answer (%1) gives the access token %2, beyond any token&apos;s life (at most %3 days); refused</source>
        <translation>die Antwort des Accounts-Servers (%1) gibt für das Zugriffstoken %2 an, mehr als jedes Token gültig ist (höchstens %3 Tage); abgelehnt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the accounts server&apos;s answer (%1) has an access token but no usable expires_in</source>
        <translation>die Antwort des Accounts-Servers (%1) enthält ein Zugriffstoken, aber kein verwendbares expires_in</translation>
    </message>
</context>
<context>
    <name>TokenRules</name>
    <message>
        <location filename="../stores/tokenrules.cpp" line="+29"/>
        <source>the id is empty</source>
        <translation>die ID ist leer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the id %1 is not a positive integer below 2^63 (digits only, no sign, spaces or leading zero)</source>
        <translation>die ID %1 ist keine positive ganze Zahl unter 2^63 (nur Ziffern, ohne Vorzeichen, Leerzeichen oder führende Null)</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+15"/>
        <source>%1 %2 is not a time in ms since the epoch up to the year 9999</source>
        <translation>%1 %2 ist keine Zeit in ms seit der Epoche bis zum Jahr 9999</translation>
    </message>
</context>
<context>
    <name>TokenService</name>
    <message>
        <location filename="../app/core/tokenservice.cpp" line="+72"/>
        <source>the token service stopped</source>
        <translation>der Token-Dienst wurde beendet</translation>
    </message>
    <message>
        <location filename="../app/core/tokenresults.cpp" line="+30"/>
        <source>token %1 needs a new sign-in: %2</source>
        <translation>Token %1 erfordert eine neue Anmeldung: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>token %1: %2</source>
        <translation>Token %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/tokenrevoker.cpp" line="+53"/>
        <source>token %1 names no accounts server to revoke it at</source>
        <translation>Token %1 nennt keinen Accounts-Server, bei dem es widerrufen werden kann</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>token %1 was not revoked and stays in the store: %2</source>
        <translation>Token %1 wurde nicht widerrufen und bleibt im Speicher: %2</translation>
    </message>
    <message>
        <location filename="../app/core/tokenservice.cpp" line="+261"/>
        <location line="+114"/>
        <source>token %1 needs a new sign-in (%2)</source>
        <translation>Token %1 erfordert eine neue Anmeldung (%2)</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>refresh token refused</source>
        <translation>Aktualisierungstoken abgelehnt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>token %1 has no refresh token; sign in again</source>
        <translation>Token %1 hat kein Aktualisierungstoken; melden Sie sich erneut an</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>token %1: refresh failed recently (%2); next attempt in %3 s</source>
        <translation>Token %1: Die Aktualisierung ist kürzlich fehlgeschlagen (%2); nächster Versuch in %3 s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>token %1: %2 access tokens were minted from its refresh token in the last %3 min and Zoho allows %4; not asking again for %5 s</source>
        <translation>Token %1: In den letzten %3 min wurden aus seinem Aktualisierungstoken %2 Zugriffstoken erzeugt, Zoho erlaubt %4; für %5 s wird nicht erneut angefragt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>token %1: %2 access tokens of its refresh token are still valid and Zoho allows %3 (a new one would invalidate the oldest); not asking again for %4 s</source>
        <translation>Token %1: %2 Zugriffstoken seines Aktualisierungstokens sind noch gültig, Zoho erlaubt %3 (ein neues würde das älteste ungültig machen); für %4 s wird nicht erneut angefragt</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>token %1 is being refreshed by another process, whose lease did not end within %2 s</source>
        <translation>Token %1 wird von einem anderen Prozess aktualisiert, dessen Sperre nicht innerhalb von %2 s endete</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>token %1 was deleted meanwhile</source>
        <translation>Token %1 wurde inzwischen gelöscht</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>token %1 names no accounts server (set accounts_server or a Zoho api_domain)</source>
        <translation>Token %1 nennt keinen Accounts-Server (setzen Sie accounts_server oder eine Zoho-api_domain)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>token %1 was refreshed but could not be saved: %2</source>
        <translation>Token %1 wurde aktualisiert, konnte aber nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>TokenStatusLook</name>
    <message>
        <location filename="../ui/tokenstatuslook.cpp" line="+9"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expiring</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The access token expires soon. It is refreshed automatically ahead of expiry; Refresh now gets a new one at once.</source>
        <translation>Das Zugriffstoken läuft bald ab. Es wird vor dem Ablauf automatisch aktualisiert; „Jetzt aktualisieren“ holt sofort ein neues.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The access token has expired. Refresh now to get a new one; the refresh token is still good.</source>
        <translation>Das Zugriffstoken ist abgelaufen. Aktualisieren Sie jetzt, um ein neues zu erhalten; das Aktualisierungstoken ist weiterhin gültig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No access token</source>
        <translation>Kein Zugriffstoken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This token has no access token yet. Refresh now to get one.</source>
        <translation>Für dieses Token gibt es noch kein Zugriffstoken. Aktualisieren Sie jetzt, um eines zu erhalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs sign-in</source>
        <translation>Anmeldung nötig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho no longer accepts this refresh token (revoked, expired or from another data center). Sign in again to replace it; the row is kept until then.</source>
        <translation>Zoho akzeptiert dieses Aktualisierungstoken nicht mehr (widerrufen, abgelaufen oder aus einem anderen Rechenzentrum). Melden Sie sich erneut an, um es zu ersetzen; die Zeile bleibt bis dahin erhalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh failing</source>
        <translation>Aktualisierungsfehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last refresh failed (see the error). Refreshes are retried with a growing pause; check the network, the data center and the client&apos;s settings, then Refresh now.</source>
        <translation>Die letzte Aktualisierung ist fehlgeschlagen (siehe Fehler). Sie wird mit wachsenden Pausen wiederholt; prüfen Sie Netzwerk, Rechenzentrum und Client-Einstellungen und wählen Sie dann „Jetzt aktualisieren“.</translation>
    </message>
</context>
<context>
    <name>TokenTable</name>
    <message>
        <location filename="../stores/tokentable.cpp" line="+41"/>
        <source>id %1 appears more than once</source>
        <translation>ID %1 kommt mehrfach vor</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Given user authentication details not found, and the token has no refresh, grant or access token to store</source>
        <translation>Angegebene Benutzer-Authentifizierungsdaten nicht gefunden, und das Token hat kein Aktualisierungs-, Grant- oder Zugriffstoken zum Speichern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no token id is left after %1; save it with a free --id</source>
        <translation>nach %1 ist keine Token-ID mehr frei; speichern Sie es mit einer freien --id</translation>
    </message>
</context>
<context>
    <name>TokenTableModel</name>
    <message>
        <location filename="../ui/tokentablemodel.cpp" line="+280"/>
        <source>%1m %2s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1h %2m</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1d %2h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n hours</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired %1 ago</source>
        <translation>vor %1 abgelaufen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>expires in %1</source>
        <translation>läuft in %1 ab</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>developer</source>
        <translation>Entwickler</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>custom · %1</source>
        <translation>benutzerdefiniert · %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>(no user name)</source>
        <translation>(kein Benutzername)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>no access token</source>
        <translation>kein Zugriffstoken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>client %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>leer</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data center</source>
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last refresh</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../ui/transferdialog.cpp" line="+28"/>
        <source>Export Tokens</source>
        <translation>Token exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import Tokens</source>
        <translation>Token importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export tokens</source>
        <translation>Token exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import tokens</source>
        <translation>Token importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes tokens of the open store to another store</source>
        <translation>Schreibt Token des geöffneten Speichers in einen anderen Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the tokens of another store into the open store</source>
        <translation>Kopiert die Token eines anderen Speichers in den geöffneten Speicher</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write tokens of the open store to another store, for example the token file a Zoho SDK reads. A token already there is updated, nothing else in it changes.</source>
        <translation>Schreiben Sie Token des geöffneten Speichers in einen anderen Speicher, zum Beispiel in die Token-Datei, die ein Zoho SDK liest. Ein dort bereits vorhandenes Token wird aktualisiert, sonst ändert sich darin nichts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy every token of another store into the open store, for example from the token file of a Zoho SDK. A token that is already here is updated, not duplicated.</source>
        <translation>Kopieren Sie alle Token eines anderen Speichers in den geöffneten Speicher, zum Beispiel aus der Token-Datei eines Zoho SDK. Ein hier bereits vorhandenes Token wird aktualisiert, nicht verdoppelt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import from</source>
        <translation>Importieren aus</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>O&amp;nly the selected tokens (%n)</source>
        <translation>
            <numerusform>&amp;Nur das ausgewählte Token (%n)</numerusform>
            <numerusform>&amp;Nur die ausgewählten Token (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the selected tokens</source>
        <translation>Nur die ausgewählten Token</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Include secrets (client secrets and tokens)</source>
        <translation>&amp;Geheimnisse einschließen (Client-Geheimnisse und Token)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include secrets</source>
        <translation>Geheimnisse einschließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes client secrets, refresh and access tokens too</source>
        <translation>Schreibt auch Client-Geheimnisse, Aktualisierungs- und Zugriffstoken</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The file will then hold working tokens and client secrets: anyone who can read it can use your Zoho CRM. A file or SQLite store is created readable by you only; keep it that way, and delete it when it is no longer needed.</source>
        <translation>Die Datei enthält dann gültige Token und Client-Geheimnisse: Wer sie lesen kann, kann Ihr Zoho CRM nutzen. Ein Datei- oder SQLite-Speicher wird nur für Sie lesbar angelegt; belassen Sie es dabei und löschen Sie ihn, wenn er nicht mehr benötigt wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Without secrets the copy names users, clients and data centers, but no token in it can be used.</source>
        <translation>Ohne Geheimnisse nennt die Kopie Benutzer, Clients und Rechenzentren, aber kein Token darin ist verwendbar.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>That is the store in use; choose another one.</source>
        <translation>Das ist der verwendete Speicher; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keeping the password in the OS keychain…</source>
        <translation>Passwort wird im System-Schlüsselbund abgelegt…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The password could not be kept in the OS keychain. %1</source>
        <translation>Das Passwort konnte nicht im System-Schlüsselbund abgelegt werden. %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 of %n tokens copied…</source>
        <translation>
            <numerusform>%1 von %n Token kopiert…</numerusform>
            <numerusform>%1 von %n Token kopiert…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancelled before any token was copied.</source>
        <translation>Abgebrochen, bevor ein Token kopiert wurde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopping after the current batch…</source>
        <translation>Wird nach dem aktuellen Stapel beendet…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The export failed after %1 of %n tokens.</source>
        <translation>
            <numerusform>Der Export ist nach %1 von %n Token fehlgeschlagen.</numerusform>
            <numerusform>Der Export ist nach %1 von %n Token fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The import failed after %1 of %n tokens.</source>
        <translation>
            <numerusform>Der Import ist nach %1 von %n Token fehlgeschlagen.</numerusform>
            <numerusform>Der Import ist nach %1 von %n Token fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Cancelled: %1 of %n tokens were copied; the others were not.</source>
        <translation>
            <numerusform>Abgebrochen: %1 von %n Token kopiert, die übrigen nicht.</numerusform>
            <numerusform>Abgebrochen: %1 von %n Token kopiert, die übrigen nicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Exported %1 of %n tokens, with their secrets.</source>
        <translation>
            <numerusform>%1 von %n Token exportiert, mit Geheimnissen.</numerusform>
            <numerusform>%1 von %n Token exportiert, mit Geheimnissen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Exported %1 of %n tokens, without secrets.</source>
        <translation>
            <numerusform>%1 von %n Token exportiert, ohne Geheimnisse.</numerusform>
            <numerusform>%1 von %n Token exportiert, ohne Geheimnisse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Imported %1 of %n tokens.</source>
        <translation>
            <numerusform>%1 von %n Token importiert.</numerusform>
            <numerusform>%1 von %n Token importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops the copy after the current batch</source>
        <translation>Beendet das Kopieren nach dem aktuellen Stapel</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../ui/trayicon.cpp" line="+214"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1: no token store open</source>
        <translation>%1: kein Token-Speicher geöffnet</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n expiring</source>
        <translation>
            <numerusform>%n läuft bald ab</numerusform>
            <numerusform>%n laufen bald ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failing</source>
        <translation>
            <numerusform>%n mit Aktualisierungsfehler</numerusform>
            <numerusform>%n mit Aktualisierungsfehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>%n fresh</source>
        <translation>
            <numerusform>%n aktuell</numerusform>
            <numerusform>%n aktuell</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n need a new sign-in</source>
        <translation>
            <numerusform>%n braucht eine neue Anmeldung</numerusform>
            <numerusform>%n brauchen eine neue Anmeldung</numerusform>
        </translation>
    </message>
    <message>
        <location line="-169"/>
        <source>&amp;Open ZCRM Explorer</source>
        <translation>ZCRM Explorer ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Pause refreshing</source>
        <translation>Aktualisieren an&amp;halten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>&amp;Refresh all now</source>
        <translation>&amp;Alle jetzt aktualisieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sign in again</source>
        <translation>&amp;Erneut anmelden</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A token cannot be refreshed</source>
        <translation>Ein Token kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A token needs a new sign-in</source>
        <translation>Ein Token braucht eine neue Anmeldung</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Refreshing is paused</source>
        <translation>Aktualisierung angehalten</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Token %1</source>
        <translation>Token %1</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Tokens that need a new sign-in</source>
        <translation>Token, die eine neue Anmeldung brauchen</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>ZCRM Explorer tray menu</source>
        <translation>Menü von ZCRM Explorer im Infobereich</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>no tokens</source>
        <translation>keine Token</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/welcomepage.cpp" line="+30"/>
        <source>&amp;Sign in to Zoho…</source>
        <translation>Bei Zoho an&amp;melden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the sand&amp;box</source>
        <translation>&amp;Sandbox ausprobieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to ZCRM Explorer</source>
        <translation>Willkommen bei ZCRM Explorer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There are no tokens in this store yet. Sign in with your Zoho account to keep its OAuth token here, fresh and ready for your scripts, SDKs and API calls, or try everything first against a local sandbox that behaves like Zoho, without an account.</source>
        <translation>In diesem Speicher gibt es noch keine Token. Melden Sie sich mit Ihrem Zoho-Konto an, um dessen OAuth-Token hier aktuell und bereit für Ihre Skripte, SDKs und API-Aufrufe aufzubewahren – oder probieren Sie zuerst alles ohne Konto mit einer lokalen Sandbox aus, die sich wie Zoho verhält.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sign in to Zoho</source>
        <translation>Bei Zoho anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens your browser on Zoho&apos;s consent page</source>
        <translation>Öffnet Ihren Browser mit der Zustimmungsseite von Zoho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the sandbox</source>
        <translation>Sandbox ausprobieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts a local look-alike of Zoho and signs in to it through your browser</source>
        <translation>Startet einen lokalen Nachbau von Zoho und meldet Sie über Ihren Browser dort an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a Self Client &amp;grant token…</source>
        <translation>Self-Client-&amp;Grant-Token hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a Self Client grant token</source>
        <translation>Self-Client-Grant-Token hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use another &amp;store…</source>
        <translation>Anderen Speicher &amp;verwenden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use another store</source>
        <translation>Anderen Speicher verwenden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>ZCRM Explorer</source>
        <translation>ZCRM Explorer</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Tokens are kept in %1</source>
        <translation>Token werden in %1 aufbewahrt</translation>
    </message>
</context>
<context>
    <name>ZohoEnvironment</name>
    <message>
        <location filename="../app/core/zohoenvironment.cpp" line="+77"/>
        <source>accounts URL %1 is not an http(s) URL without query</source>
        <translation>Accounts-URL %1 ist keine http(s)-URL ohne Abfrageteil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>API domain %1 is not an http(s) URL without query</source>
        <translation>API-Domain %1 ist keine http(s)-URL ohne Abfrageteil</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 is not a Zoho accounts server</source>
        <translation>%1 ist kein Accounts-Server von Zoho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a plain http(s) server address</source>
        <translation>%1 ist keine einfache http(s)-Serveradresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has another path than the configured accounts URL</source>
        <translation>%1 hat einen anderen Pfad als die eingestellte Accounts-URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is neither a Zoho accounts server nor on the host of the configured accounts URL %2</source>
        <translation>%1 ist weder ein Accounts-Server von Zoho noch auf dem Host der eingestellten Accounts-URL %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>custom %1 (%2)</source>
        <translation>benutzerdefiniert %1 (%2)</translation>
    </message>
</context>
</TS>
