<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
  <context>
    <name>CollectionStore</name>
    <message>
      <source>not JSON: %1 at byte %2</source>
      <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
      <source>Saved requests</source>
      <translation>Gespeicherte Anfragen</translation>
    </message>
    <message>
      <source>not a ZCRM Explorer collections file</source>
      <translation>keine Sammlungsdatei von ZCRM Explorer</translation>
    </message>
  </context>
  <context>
    <name>CollectionsPanel</name>
    <message>
      <source>Sa&amp;ve request</source>
      <translation>Anfrage &amp;speichern</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Löschen</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>&amp;Exportieren…</translation>
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation>&amp;Importieren…</translation>
    </message>
    <message>
      <source>Saved requests</source>
      <translation>Gespeicherte Anfragen</translation>
    </message>
    <message>
      <source>By collection; Enter or double-click opens one in the editor</source>
      <translation>Nach Sammlung; Eingabetaste oder Doppelklick öffnet eine im Editor</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>Anfrage</translation>
    </message>
    <message>
      <source>Collection</source>
      <translation>Sammlung</translation>
    </message>
    <message>
      <source>My requests</source>
      <translation>Meine Anfragen</translation>
    </message>
    <message>
      <source>Name of the saved request</source>
      <translation>Name der gespeicherten Anfrage</translation>
    </message>
    <message>
      <source>e.g. Leads from the web</source>
      <translation>z. B. Leads aus dem Web</translation>
    </message>
    <message>
      <source>&amp;Collection:</source>
      <translation>Samm&amp;lung:</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
  </context>
  <context>
    <name>CoqlEditor</name>
    <message>
      <source>COQL query</source>
      <translation>COQL-Abfrage</translation>
    </message>
    <message>
      <source>select … from Module where … limit … offset …; Ctrl+Space completes</source>
      <translation>select … from Modul where … limit … offset …; Strg+Leertaste vervollständigt</translation>
    </message>
    <message>
      <source>select Last_Name, Email from Leads where Lead_Source = 'Web Download' limit 200</source>
      <translation>select Last_Name, Email from Leads where Lead_Source = 'Web Download' limit 200</translation>
    </message>
    <message>
      <source>COQL completions</source>
      <translation>COQL-Vervollständigungen</translation>
    </message>
  </context>
  <context>
    <name>ExplorerPage</name>
    <message>
      <source>Copy as c&amp;URL</source>
      <translation>Als c&amp;URL kopieren</translation>
    </message>
    <message>
      <source>Copy as &amp;zcrm</source>
      <translation>Als &amp;zcrm kopieren</translation>
    </message>
    <message>
      <source>with the access token</source>
      <translation>mit dem Zugriffstoken</translation>
    </message>
    <message>
      <source>Send Request</source>
      <translation>Anfrage senden</translation>
    </message>
    <message>
      <source>API explorer</source>
      <translation>API-Explorer</translation>
    </message>
    <message>
      <source>Org, history and saved requests</source>
      <translation>Organisation, Verlauf und gespeicherte Anfragen</translation>
    </message>
    <message>
      <source>&amp;Modules &amp;&amp; fields</source>
      <translation>&amp;Module &amp;&amp; Felder</translation>
    </message>
    <message>
      <source>Histor&amp;y</source>
      <translation>&amp;Verlauf</translation>
    </message>
    <message>
      <source>Co&amp;llections</source>
      <translation>Samm&amp;lungen</translation>
    </message>
    <message>
      <source>Copy as cURL</source>
      <translation>Als cURL kopieren</translation>
    </message>
    <message>
      <source>Copy as zcrm command</source>
      <translation>Als zcrm-Befehl kopieren</translation>
    </message>
    <message>
      <source>Copy with the access token</source>
      <translation>Mit dem Zugriffstoken kopieren</translation>
    </message>
    <message>
      <source>Off: the cURL line reads the token from $%1</source>
      <translation>Aus: Die cURL-Zeile liest das Token aus $%1</translation>
    </message>
    <message>
      <source>Saved “%1”.</source>
      <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
      <source>The request could not be saved: %1</source>
      <translation>Die Anfrage konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
      <source>Export the Saved Requests</source>
      <translation>Gespeicherte Anfragen exportieren</translation>
    </message>
    <message>
      <source>JSON files (*.json)</source>
      <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
      <source>Saved requests exported to %1.</source>
      <translation>Gespeicherte Anfragen nach %1 exportiert.</translation>
    </message>
    <message>
      <source>Export failed: %1</source>
      <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
      <source>Import Saved Requests</source>
      <translation>Gespeicherte Anfragen importieren</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Alle Dateien (*)</translation>
    </message>
    <message>
      <source>Saved requests imported: %1.</source>
      <translation>Gespeicherte Anfragen importiert: %1.</translation>
    </message>
    <message>
      <source>Import stopped: %1</source>
      <translation>Import abgebrochen: %1</translation>
    </message>
    <message>
      <source>no token store is open</source>
      <translation>kein Token-Speicher geöffnet</translation>
    </message>
    <message>
      <source>Reading the org's modules …</source>
      <translation>Module der Organisation werden gelesen …</translation>
    </message>
    <message>
      <source>The modules could not be read: %1</source>
      <translation>Die Module konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
      <source>%1 modules, as read before (Refresh reads them again).</source>
      <translation>%1 Module, wie zuvor gelesen („Aktualisieren“ liest sie neu).</translation>
    </message>
    <message>
      <source>%1 modules in this org.</source>
      <translation>%1 Module in dieser Organisation.</translation>
    </message>
    <message>
      <source>The fields of %1 could not be read: %2</source>
      <translation>Die Felder von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
      <source>%1: %2 fields. Double-click the module for a list request.</source>
      <translation>%1: %2 Felder. Doppelklicken Sie auf das Modul für eine Listenanfrage.</translation>
    </message>
    <message>
      <source>records %1–%2</source>
      <translation>Datensätze %1–%2</translation>
    </message>
    <message>
      <source>%1 records</source>
      <translation>%1 Datensätze</translation>
    </message>
    <message>
      <source>Fetch All Pages and Export</source>
      <translation>Alle Seiten abrufen und exportieren</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
      <source>cURL line copied; it reads the token from $%1.</source>
      <translation>cURL-Zeile kopiert; sie liest das Token aus $%1.</translation>
    </message>
    <message>
      <source>No access token to copy: %1</source>
      <translation>Kein Zugriffstoken zum Kopieren: %1</translation>
    </message>
    <message>
      <source>cURL line copied with the access token: treat it as a secret.</source>
      <translation>cURL-Zeile mit dem Zugriffstoken kopiert: Behandeln Sie sie als Geheimnis.</translation>
    </message>
    <message>
      <source>zcrm command copied.</source>
      <translation>zcrm-Befehl kopiert.</translation>
    </message>
  </context>
  <context>
    <name>ExplorerSession</name>
    <message>
      <source>no token source</source>
      <translation>keine Token-Quelle</translation>
    </message>
  </context>
  <context>
    <name>ExplorerWorker</name>
    <message>
      <source>no history file is set</source>
      <translation>keine Verlaufsdatei festgelegt</translation>
    </message>
    <message>
      <source>the export file cannot be written: %1</source>
      <translation>die Exportdatei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
      <source>the file is larger than 64 MB</source>
      <translation>die Datei ist größer als 64 MB</translation>
    </message>
  </context>
  <context>
    <name>FieldTableModel</name>
    <message>
      <source>read-only</source>
      <translation>schreibgeschützt</translation>
    </message>
    <message>
      <source>mandatory</source>
      <translation>Pflichtfeld</translation>
    </message>
    <message>
      <source>API name</source>
      <translation>API-Name</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>Beschriftung</translation>
    </message>
    <message>
      <source>Data type</source>
      <translation>Datentyp</translation>
    </message>
    <message>
      <source>Read-only</source>
      <translation>Schreibgeschützt</translation>
    </message>
    <message>
      <source>Mandatory</source>
      <translation>Pflichtfeld</translation>
    </message>
    <message>
      <source>Picklist values</source>
      <translation>Auswahllistenwerte</translation>
    </message>
    <message>
      <source>Lookup</source>
      <translation>Nachschlagen</translation>
    </message>
  </context>
  <context>
    <name>HistoryPanel</name>
    <message>
      <source>&amp;Replay</source>
      <translation>&amp;Wiederholen</translation>
    </message>
    <message>
      <source>Clear history</source>
      <translation>Verlauf leeren</translation>
    </message>
    <message>
      <source>Search the history</source>
      <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
      <source>Search method, path, parameters, outcome</source>
      <translation>Methode, Pfad, Parameter, Ergebnis suchen</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Verlauf</translation>
    </message>
    <message>
      <source>Enter or double-click replays a request into the editor</source>
      <translation>Eingabetaste oder Doppelklick übernimmt eine Anfrage in den Editor</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>Gesendet</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>Anfrage</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Zeit</translation>
    </message>
    <message>
      <source>Replay the request</source>
      <translation>Die Anfrage wiederholen</translation>
    </message>
    <message>
      <source>Clear the history</source>
      <translation>Den Verlauf leeren</translation>
    </message>
    <message>
      <source>%1 ms</source>
      <translation>%1 ms</translation>
    </message>
  </context>
  <context>
    <name>JsonBodyEditor</name>
    <message>
      <source>Request body (JSON)</source>
      <translation>Anfrageinhalt (JSON)</translation>
    </message>
    <message>
      <source>Checked as you type; errors are named below with line and column</source>
      <translation>Wird beim Tippen geprüft; Fehler werden unten mit Zeile und Spalte genannt</translation>
    </message>
    <message>
      <source>{"data": [{"Last_Name": "Smith"}]}</source>
      <translation>{"data": [{"Last_Name": "Smith"}]}</translation>
    </message>
    <message>
      <source>Body check</source>
      <translation>Inhaltsprüfung</translation>
    </message>
    <message>
      <source>No body.</source>
      <translation>Kein Inhalt.</translation>
    </message>
    <message>
      <source>Valid JSON.</source>
      <translation>Gültiges JSON.</translation>
    </message>
    <message>
      <source>Not valid JSON: %1 at line %2, column %3.</source>
      <translation>Kein gültiges JSON: %1 in Zeile %2, Spalte %3.</translation>
    </message>
  </context>
  <context>
    <name>JsonTreeModel</name>
    <message numerus="yes">
      <source>{%n key(s)}</source>
      <translation>
        <numerusform>{%n Schlüssel}</numerusform>
        <numerusform>{%n Schlüssel}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>[%n item(s)]</source>
      <translation>
        <numerusform>[%n Element]</numerusform>
        <numerusform>[%n Elemente]</numerusform>
      </translation>
    </message>
    <message>
      <source>Key</source>
      <translation>Schlüssel</translation>
    </message>
    <message>
      <source>{1 key}</source>
      <translation>{1 Schlüssel}</translation>
    </message>
    <message>
      <source>{%1 keys}</source>
      <translation>{%1 Schlüssel}</translation>
    </message>
    <message>
      <source>[1 item]</source>
      <translation>[1 Element]</translation>
    </message>
    <message>
      <source>[%1 items]</source>
      <translation>[%1 Elemente]</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Wert</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Typ</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Pages</source>
      <translation>Seiten</translation>
    </message>
    <message>
      <source>API explorer</source>
      <translation>API-Explorer</translation>
    </message>
    <message>
      <source>Show the tokens</source>
      <translation>Die Token anzeigen</translation>
    </message>
    <message>
      <source>&amp;API explorer</source>
      <translation>API-E&amp;xplorer</translation>
    </message>
    <message>
      <source>Call the CRM API with a stored token</source>
      <translation>Die CRM-API mit einem gespeicherten Token aufrufen</translation>
    </message>
    <message>
      <source>&amp;Explorer</source>
      <translation>&amp;Explorer</translation>
    </message>
  </context>
  <context>
    <name>ModuleTableModel</name>
    <message>
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <source>no</source>
      <translation>nein</translation>
    </message>
    <message>
      <source>custom</source>
      <translation>benutzerdefiniert</translation>
    </message>
    <message>
      <source>standard</source>
      <translation>Standard</translation>
    </message>
    <message>
      <source>API name</source>
      <translation>API-Name</translation>
    </message>
    <message>
      <source>Singular</source>
      <translation>Singular</translation>
    </message>
    <message>
      <source>Plural</source>
      <translation>Plural</translation>
    </message>
    <message>
      <source>Creatable</source>
      <translation>Anlegbar</translation>
    </message>
    <message>
      <source>Editable</source>
      <translation>Bearbeitbar</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Art</translation>
    </message>
  </context>
  <context>
    <name>OrgBrowser</name>
    <message>
      <source>Re&amp;fresh</source>
      <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
      <source>Modules</source>
      <translation>Module</translation>
    </message>
    <message>
      <source>Double-click or Enter builds a list request with the module's fields</source>
      <translation>Doppelklick oder Eingabetaste erstellt eine Listenanfrage mit den Feldern des Moduls</translation>
    </message>
    <message>
      <source>Fields</source>
      <translation>Felder</translation>
    </message>
    <message>
      <source>Filter fields</source>
      <translation>Felder filtern</translation>
    </message>
    <message>
      <source>Org schema state</source>
      <translation>Stand des Organisationsschemas</translation>
    </message>
    <message>
      <source>Refresh modules and fields</source>
      <translation>Module und Felder aktualisieren</translation>
    </message>
    <message>
      <source>Choose a token to see its org's modules.</source>
      <translation>Wählen Sie ein Token, um die Module seiner Organisation zu sehen.</translation>
    </message>
  </context>
  <context>
    <name>QueryParameterDelegate</name>
    <message>
      <source>Parameter name</source>
      <translation>Parametername</translation>
    </message>
    <message>
      <source>Value of %1</source>
      <translation>Wert von %1</translation>
    </message>
    <message>
      <source>Suggestions</source>
      <translation>Vorschläge</translation>
    </message>
  </context>
  <context>
    <name>RequestEditor</name>
    <message>
      <source>&amp;Send</source>
      <translation>&amp;Senden</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Methode</translation>
    </message>
    <message>
      <source>Path</source>
      <translation>Pfad</translation>
    </message>
    <message>
      <source>Below /crm/v8/, e.g. Leads or settings/fields; completes CRM v8 endpoints and the org's modules</source>
      <translation>Unterhalb von /crm/v8/, z. B. Leads oder settings/fields; vervollständigt CRM-v8-Endpunkte und die Module der Organisation</translation>
    </message>
    <message>
      <source>Leads, settings/modules, coql …</source>
      <translation>Leads, settings/modules, coql …</translation>
    </message>
    <message>
      <source>Token</source>
      <translation>Token</translation>
    </message>
    <message>
      <source>The stored token that signs the request: its user and data center</source>
      <translation>Das gespeicherte Token, das die Anfrage signiert: sein Benutzer und Rechenzentrum</translation>
    </message>
    <message>
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <source>Timeout</source>
      <translation>Zeitlimit</translation>
    </message>
    <message>
      <source>Timeout per attempt</source>
      <translation>Zeitlimit pro Versuch</translation>
    </message>
    <message>
      <source>Timeout in seconds</source>
      <translation>Zeitlimit in Sekunden</translation>
    </message>
    <message>
      <source>Send</source>
      <translation>Senden</translation>
    </message>
    <message>
      <source>Send the request (Ctrl+Return)</source>
      <translation>Die Anfrage senden (Strg+Eingabe)</translation>
    </message>
    <message>
      <source>Cancel the request</source>
      <translation>Die Anfrage abbrechen</translation>
    </message>
    <message>
      <source>Endpoint</source>
      <translation>Endpunkt</translation>
    </message>
    <message>
      <source>Query parameters</source>
      <translation>Abfrageparameter</translation>
    </message>
    <message>
      <source>Name and value per row; names and values complete as you type</source>
      <translation>Name und Wert je Zeile; Namen und Werte werden beim Tippen vervollständigt</translation>
    </message>
    <message>
      <source>Parameter</source>
      <translation>Parameter</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Wert</translation>
    </message>
    <message>
      <source>Request parts</source>
      <translation>Teile der Anfrage</translation>
    </message>
    <message>
      <source>&amp;Parameters</source>
      <translation>&amp;Parameter</translation>
    </message>
    <message>
      <source>&amp;Body</source>
      <translation>&amp;Inhalt</translation>
    </message>
    <message>
      <source>C&amp;OQL</source>
      <translation>C&amp;OQL</translation>
    </message>
    <message>
      <source>Type a path; Ctrl+Return sends.</source>
      <translation>Geben Sie einen Pfad ein; Strg+Eingabe sendet.</translation>
    </message>
    <message>
      <source>%1 — /crm/v8/%2</source>
      <translation>%1 — /crm/v8/%2</translation>
    </message>
    <message>
      <source>Not a CRM v8 endpoint the explorer knows; it is sent as written.</source>
      <translation>Kein CRM-v8-Endpunkt, den der Explorer kennt; er wird so gesendet, wie er geschrieben ist.</translation>
    </message>
    <message>
      <source>Give a path, e.g. Leads.</source>
      <translation>Geben Sie einen Pfad an, z. B. Leads.</translation>
    </message>
    <message>
      <source>Choose the token to sign the request with.</source>
      <translation>Wählen Sie das Token, mit dem die Anfrage signiert wird.</translation>
    </message>
    <message>
      <source>Write the COQL query (select … from …).</source>
      <translation>Schreiben Sie die COQL-Abfrage (select … from …).</translation>
    </message>
    <message>
      <source>(no user name)</source>
      <translation>(kein Benutzername)</translation>
    </message>
    <message>
      <source>custom</source>
      <translation>benutzerdefiniert</translation>
    </message>
    <message>
      <source>%1, data center %2, %3</source>
      <translation>%1, Rechenzentrum %2, %3</translation>
    </message>
  </context>
  <context>
    <name>ResponseExplanation</name>
    <message>
      <source>Zoho asks to wait %1 s before the next call (Retry-After).</source>
      <translation>Zoho bittet, vor dem nächsten Aufruf %1 s zu warten (Retry-After).</translation>
    </message>
    <message>
      <source>The rate-limit window resets at %1; try again then.</source>
      <translation>Das Zeitfenster der Ratenbegrenzung beginnt um %1 neu; versuchen Sie es dann erneut.</translation>
    </message>
    <message>
      <source>Zoho names no time: wait a minute before trying again, and fewer calls at once (the limit counts concurrent calls and API credits per 24 h).</source>
      <translation>Zoho nennt keine Zeit: Warten Sie eine Minute, bevor Sie es erneut versuchen, und senden Sie weniger Aufrufe gleichzeitig (das Limit zählt gleichzeitige Aufrufe und API-Credits pro 24 h).</translation>
    </message>
    <message>
      <source>Zoho rejected the access token (401 INVALID_TOKEN): it was refreshed and the call sent again.</source>
      <translation>Zoho hat das Zugriffstoken abgelehnt (401 INVALID_TOKEN): Es wurde aktualisiert und der Aufruf erneut gesendet.</translation>
    </message>
    <message>
      <source>%1 of %2 records failed</source>
      <translation>%1 von %2 Datensätzen fehlgeschlagen</translation>
    </message>
    <message>
      <source>record %1: %2 %3%4</source>
      <translation>Datensatz %1: %2 %3%4</translation>
    </message>
    <message>
      <source>Zoho CRM answered HTTP %1: %2</source>
      <translation>Zoho CRM antwortete mit HTTP %1: %2</translation>
    </message>
    <message>
      <source>Zoho CRM answered HTTP %1 %2: %3</source>
      <translation>Zoho CRM antwortete mit HTTP %1 %2: %3</translation>
    </message>
    <message>
      <source>A fault on Zoho's side: try again in a few seconds.</source>
      <translation>Ein Fehler auf der Seite von Zoho: Versuchen Sie es in einigen Sekunden erneut.</translation>
    </message>
    <message>
      <source>The token lacks the scope this call needs: sign in again with it.</source>
      <translation>Dem Token fehlt der Scope, den dieser Aufruf braucht: Melden Sie sich mit diesem Scope erneut an.</translation>
    </message>
    <message>
      <source>The token was refused even after a refresh: sign in again.</source>
      <translation>Das Token wurde auch nach einer Aktualisierung abgelehnt: Melden Sie sich erneut an.</translation>
    </message>
    <message>
      <source>No answer from Zoho: %1</source>
      <translation>Keine Antwort von Zoho: %1</translation>
    </message>
    <message>
      <source>Check the network; it is safe to try again in a few seconds.</source>
      <translation>Prüfen Sie das Netzwerk; Sie können es gefahrlos in einigen Sekunden erneut versuchen.</translation>
    </message>
    <message>
      <source>No complete answer in time: %1</source>
      <translation>Keine vollständige Antwort in der vorgesehenen Zeit: %1</translation>
    </message>
    <message>
      <source>Try again, or give the request a longer timeout. A write may have been done: look before sending it again.</source>
      <translation>Versuchen Sie es erneut oder geben Sie der Anfrage eine längere Zeitüberschreitung. Ein Schreibvorgang wurde möglicherweise ausgeführt: Prüfen Sie das, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
      <source>No usable access token: %1</source>
      <translation>Kein verwendbares Zugriffstoken: %1</translation>
    </message>
    <message>
      <source>The refresh token is no longer valid: sign in again.</source>
      <translation>Das Aktualisierungstoken ist nicht mehr gültig: Melden Sie sich erneut an.</translation>
    </message>
    <message>
      <source>Zoho Accounts did not answer: try again in a few seconds.</source>
      <translation>Zoho Accounts hat nicht geantwortet: Versuchen Sie es in einigen Sekunden erneut.</translation>
    </message>
    <message>
      <source>The answer is not what Zoho CRM sends: %1</source>
      <translation>Die Antwort entspricht nicht dem, was Zoho CRM sendet: %1</translation>
    </message>
    <message>
      <source>Try again; if it stays so, the raw view shows what came.</source>
      <translation>Versuchen Sie es erneut; bleibt es dabei, zeigt die Rohansicht, was ankam.</translation>
    </message>
    <message>
      <source>Cancelled.</source>
      <translation>Abgebrochen.</translation>
    </message>
  </context>
  <context>
    <name>ResponseView</name>
    <message>
      <source>Find &amp;next</source>
      <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
      <source>Copy &amp;value</source>
      <translation>&amp;Wert kopieren</translation>
    </message>
    <message>
      <source>Copy JSON &amp;path</source>
      <translation>JSON-&amp;Pfad kopieren</translation>
    </message>
    <message>
      <source>◀ Pre&amp;vious</source>
      <translation>◀ &amp;Zurück</translation>
    </message>
    <message>
      <source>Ne&amp;xt ▶</source>
      <translation>W&amp;eiter ▶</translation>
    </message>
    <message>
      <source>Fetch &amp;all &amp;&amp; export…</source>
      <translation>&amp;Alle abrufen &amp;&amp; exportieren…</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Stopp</translation>
    </message>
    <message>
      <source>Response status</source>
      <translation>Antwortstatus</translation>
    </message>
    <message>
      <source>Rate limit and API credits</source>
      <translation>Ratenbegrenzung und API-Credits</translation>
    </message>
    <message>
      <source>What Zoho said</source>
      <translation>Was Zoho mitteilte</translation>
    </message>
    <message>
      <source>Response as a tree</source>
      <translation>Antwort als Baum</translation>
    </message>
    <message>
      <source>Expand a node to see its children; Ctrl+C copies the value, Ctrl+Shift+C its JSON path</source>
      <translation>Klappen Sie einen Knoten auf, um seine Kinder zu sehen; Strg+C kopiert den Wert, Strg+Umschalt+C seinen JSON-Pfad</translation>
    </message>
    <message>
      <source>Copy value</source>
      <translation>Wert kopieren</translation>
    </message>
    <message>
      <source>Copy JSON path</source>
      <translation>JSON-Pfad kopieren</translation>
    </message>
    <message>
      <source>Response as text</source>
      <translation>Antwort als Text</translation>
    </message>
    <message>
      <source>Response headers</source>
      <translation>Antwort-Header</translation>
    </message>
    <message>
      <source>Response views</source>
      <translation>Antwortansichten</translation>
    </message>
    <message>
      <source>&amp;Tree</source>
      <translation>&amp;Baum</translation>
    </message>
    <message>
      <source>&amp;Raw</source>
      <translation>&amp;Roh</translation>
    </message>
    <message>
      <source>&amp;Headers</source>
      <translation>&amp;Header</translation>
    </message>
    <message>
      <source>Find in the response</source>
      <translation>In der Antwort suchen</translation>
    </message>
    <message>
      <source>Find in the response (Ctrl+F, F3 for the next)</source>
      <translation>In der Antwort suchen (Strg+F, F3 für den nächsten Treffer)</translation>
    </message>
    <message>
      <source>Find next</source>
      <translation>Weitersuchen</translation>
    </message>
    <message>
      <source>Previous page</source>
      <translation>Vorherige Seite</translation>
    </message>
    <message>
      <source>Next page</source>
      <translation>Nächste Seite</translation>
    </message>
    <message>
      <source>Records shown</source>
      <translation>Angezeigte Datensätze</translation>
    </message>
    <message>
      <source>Fetch all pages and export</source>
      <translation>Alle Seiten abrufen und exportieren</translation>
    </message>
    <message>
      <source>Fetch every page and write the records to a CSV or JSON file as they come</source>
      <translation>Jede Seite abrufen und die Datensätze beim Eintreffen in eine CSV- oder JSON-Datei schreiben</translation>
    </message>
    <message>
      <source>Stop fetching</source>
      <translation>Abruf beenden</translation>
    </message>
    <message>
      <source>Fetch progress</source>
      <translation>Abruffortschritt</translation>
    </message>
    <message>
      <source>No response yet: send a request.</source>
      <translation>Noch keine Antwort: Senden Sie eine Anfrage.</translation>
    </message>
    <message>
      <source>Sending %1 …</source>
      <translation>%1 wird gesendet …</translation>
    </message>
    <message>
      <source>%1 %2 · %3 ms · %4</source>
      <translation>%1 %2 · %3 ms · %4</translation>
    </message>
    <message>
      <source>No answer · %1 ms</source>
      <translation>Keine Antwort · %1 ms</translation>
    </message>
    <message>
      <source>Limits: %1</source>
      <translation>Limits: %1</translation>
    </message>
    <message>
      <source>

… the text is cut at %1; the tree holds all of it.</source>
      <translation>

… der Text ist bei %1 abgeschnitten; der Baum enthält alles.</translation>
    </message>
    <message>
      <source>Starting …</source>
      <translation>Wird gestartet …</translation>
    </message>
    <message>
      <source>%1 records on %2 pages</source>
      <translation>%1 Datensätze auf %2 Seiten</translation>
    </message>
    <message>
      <source>Fetched %1 records on %2 pages in %3 s.</source>
      <translation>%1 Datensätze auf %2 Seiten in %3 s abgerufen.</translation>
    </message>
    <message>
      <source>Stopped: %1</source>
      <translation>Angehalten: %1</translation>
    </message>
    <message>
      <source>Stopped by an error: %1 %2</source>
      <translation>Durch einen Fehler angehalten: %1 %2</translation>
    </message>
    <message>
      <source>Written to %1: a complete file of what was fetched.</source>
      <translation>Nach %1 geschrieben: eine vollständige Datei mit allem Abgerufenen.</translation>
    </message>
    <message>
      <source>The file could not be written (%1); nothing was left behind.</source>
      <translation>Die Datei konnte nicht geschrieben werden (%1); es blieb nichts zurück.</translation>
    </message>
    <message>
      <source>Nothing was fetched, so no file was written.</source>
      <translation>Es wurde nichts abgerufen, daher wurde keine Datei geschrieben.</translation>
    </message>
  </context>
</TS>
