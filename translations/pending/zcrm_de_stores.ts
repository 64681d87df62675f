<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
  <context>
    <name>AtomicFileWriter</name>
    <message>
      <source>cannot create a temporary file beside</source>
      <translation>kann keine temporäre Datei anlegen neben</translation>
    </message>
    <message>
      <source>cannot make owner-only</source>
      <translation>kann den Zugriff nicht auf den Eigentümer beschränken für</translation>
    </message>
    <message>
      <source>cannot write</source>
      <translation>kann nicht schreiben in</translation>
    </message>
    <message>
      <source>cannot replace</source>
      <translation>Ersetzen fehlgeschlagen für</translation>
    </message>
    <message>
      <source>cannot copy the permissions of %1: %2</source>
      <translation>kann die Berechtigungen von %1 nicht übernehmen: %2</translation>
    </message>
    <message>
      <source>cannot replace %1: %2</source>
      <translation>kann %1 nicht ersetzen: %2</translation>
    </message>
  </context>
  <context>
    <name>CsvCodec</name>
    <message>
      <source>not UTF-8 text</source>
      <translation>kein UTF-8-Text</translation>
    </message>
    <message>
      <source>a quoted field is never closed</source>
      <translation>ein Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
      <source>text after a closing quote (a quote inside a quoted field must be doubled)</source>
      <translation>Text nach einem schließenden Anführungszeichen (ein Anführungszeichen in einem Feld in Anführungszeichen muss verdoppelt werden)</translation>
    </message>
  </context>
  <context>
    <name>FileTokenStore</name>
    <message>
      <source>file: needs the path of the token file, e.g. file:/home/me/sdk_tokens.txt</source>
      <translation>file: braucht den Pfad der Token-Datei, z. B. file:/home/me/sdk_tokens.txt</translation>
    </message>
    <message>
      <source>%1 is a folder; name the token file in it, e.g. %1/sdk_tokens.txt</source>
      <translation>%1 ist ein Ordner; nennen Sie die Token-Datei darin, z. B. %1/sdk_tokens.txt</translation>
    </message>
    <message>
      <source>the Zoho SDK FileStore CSV (sdk_tokens.txt), shared with the Python and Java SDKs</source>
      <translation>die FileStore-CSV-Datei des Zoho SDK (sdk_tokens.txt), gemeinsam genutzt mit den SDKs für Python und Java</translation>
    </message>
    <message>
      <source>no token with id %1</source>
      <translation>kein Token mit der ID %1</translation>
    </message>
    <message>
      <source>, not created yet</source>
      <translation>, noch nicht angelegt</translation>
    </message>
    <message>
      <source>, our fields in </source>
      <translation>, unsere Felder in </translation>
    </message>
    <message>
      <source>, not writable: </source>
      <translation>, nicht beschreibbar: </translation>
    </message>
    <message>
      <source>cannot read %1: %2</source>
      <translation>kann %1 nicht lesen: %2</translation>
    </message>
    <message>
      <source>; nothing was read or written</source>
      <translation>; nichts wurde gelesen oder geschrieben</translation>
    </message>
    <message>
      <source>%1 is read-only; nothing was written</source>
      <translation>%1 ist schreibgeschützt; nichts wurde geschrieben</translation>
    </message>
    <message>
      <source>; nothing was written</source>
      <translation>; nichts wurde geschrieben</translation>
    </message>
    <message>
      <source>; the file is left as it was</source>
      <translation>; die Datei bleibt, wie sie war</translation>
    </message>
    <message>
      <source>the SDK fields were saved, ours were not: </source>
      <translation>die SDK-Felder wurden gespeichert, unsere nicht: </translation>
    </message>
    <message>
      <source>line %1: </source>
      <translation>Zeile %1: </translation>
    </message>
    <message>
      <source>; the file was left as it is</source>
      <translation>; die Datei wurde nicht verändert</translation>
    </message>
    <message>
      <source> (delete it to go on without our extra fields)</source>
      <translation> (löschen Sie sie, um ohne unsere zusätzlichen Felder fortzufahren)</translation>
    </message>
  </context>
  <context>
    <name>KeychainExecutor</name>
    <message>
      <source>no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set), so no Secret Service; use a desktop session with gnome-keyring or KWallet, or another store such as sqlite:</source>
      <translation>kein D-Bus-Sitzungsbus (DBUS_SESSION_BUS_ADDRESS ist nicht gesetzt), daher kein Secret Service; verwenden Sie eine Desktop-Sitzung mit gnome-keyring oder KWallet oder einen anderen Speicher wie sqlite:</translation>
    </message>
    <message>
      <source>QT_NO_GLIB is set, but the Secret Service backend of QtKeychain (libsecret) needs Qt's GLib event loop; unset QT_NO_GLIB</source>
      <translation>QT_NO_GLIB ist gesetzt, aber das Secret-Service-Backend von QtKeychain (libsecret) braucht die GLib-Ereignisschleife von Qt; entfernen Sie QT_NO_GLIB</translation>
    </message>
    <message>
      <source>the keychain needs a QCoreApplication, and there is none</source>
      <translation>der Schlüsselbund braucht eine QCoreApplication, und es gibt keine</translation>
    </message>
    <message>
      <source>the keychain thread has stopped: the application is shutting down</source>
      <translation>der Schlüsselbund-Thread wurde beendet: Die Anwendung wird heruntergefahren</translation>
    </message>
  </context>
  <context>
    <name>KeychainIndex</name>
    <message>
      <source>not JSON (%1 at offset %2)</source>
      <translation>kein JSON (%1 bei Position %2)</translation>
    </message>
    <message>
      <source>not a zcrm keychain index</source>
      <translation>kein zcrm-Schlüsselbundindex</translation>
    </message>
    <message>
      <source>index version %1, this program reads version %2</source>
      <translation>Indexversion %1, dieses Programm liest Version %2</translation>
    </message>
    <message>
      <source>token entry %1 is invalid</source>
      <translation>Token-Eintrag %1 ist ungültig</translation>
    </message>
    <message>
      <source>token id %1 appears more than once</source>
      <translation>Token-ID %1 kommt mehrfach vor</translation>
    </message>
  </context>
  <context>
    <name>KeychainSecret</name>
    <message>
      <source>the keychain did not answer within %1 ms</source>
      <translation>der Schlüsselbund hat nicht innerhalb von %1 ms geantwortet</translation>
    </message>
  </context>
  <context>
    <name>KeychainTokenStore</name>
    <message>
      <source>Windows Credential Manager</source>
      <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
      <source>macOS Keychain</source>
      <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
      <source>Secret Service</source>
      <translation>Secret Service</translation>
    </message>
    <message>
      <source>cannot read %1: %2</source>
      <translation>kann %1 nicht lesen: %2</translation>
    </message>
    <message>
      <source>writing token %1</source>
      <translation>Schreiben von Token %1</translation>
    </message>
    <message>
      <source>no token with id %1</source>
      <translation>kein Token mit der ID %1</translation>
    </message>
    <message>
      <source>%1 through QtKeychain, service "%2"; index %3</source>
      <translation>%1 über QtKeychain, Dienst „%2“; Index %3</translation>
    </message>
    <message>
      <source>; %1 old entries still to delete</source>
      <translation>; %1 alte Einträge noch zu löschen</translation>
    </message>
    <message>
      <source>; not writable: </source>
      <translation>; nicht beschreibbar: </translation>
    </message>
    <message>
      <source>the %1 did not answer within %2 s while %3 (a keyring waiting to be unlocked, or a keychain service that hangs); the request may still finish in the background</source>
      <translation>%1 hat beim %3 nicht innerhalb von %2 s geantwortet (ein Schlüsselbund, der auf Entsperrung wartet, oder ein hängender Schlüsselbunddienst); die Anfrage wird möglicherweise noch im Hintergrund abgeschlossen</translation>
    </message>
    <message>
      <source>keyring locked or access denied while %1: %2</source>
      <translation>Schlüsselbund gesperrt oder Zugriff verweigert beim %1: %2</translation>
    </message>
    <message>
      <source>no keychain backend while %1: %2</source>
      <translation>kein Schlüsselbund-Backend beim %1: %2</translation>
    </message>
    <message>
      <source>an entry is missing from the keychain while %1: %2</source>
      <translation>beim %1 fehlt ein Eintrag im Schlüsselbund: %2</translation>
    </message>
    <message>
      <source>%1 not available: %2</source>
      <translation>%1 nicht verfügbar: %2</translation>
    </message>
    <message>
      <source>keychain error while %1: %2</source>
      <translation>Schlüsselbundfehler beim %1: %2</translation>
    </message>
    <message>
      <source>opening the keychain</source>
      <translation>Öffnen des Schlüsselbunds</translation>
    </message>
    <message>
      <source>writing a probe entry</source>
      <translation>Schreiben eines Testeintrags</translation>
    </message>
    <message>
      <source>keyring locked or missing: the %1 cannot store a secret (%2)</source>
      <translation>Schlüsselbund gesperrt oder nicht vorhanden: %1 kann kein Geheimnis speichern (%2)</translation>
    </message>
    <message>
      <source>the %1 returned something else than the probe entry it stored</source>
      <translation>%1 lieferte etwas anderes als den gespeicherten Testeintrag</translation>
    </message>
    <message>
      <source>cannot create the folder %1</source>
      <translation>kann den Ordner %1 nicht anlegen</translation>
    </message>
    <message>
      <source>reading the index copy</source>
      <translation>Lesen der Indexkopie</translation>
    </message>
    <message>
      <source>the index file %1 is missing and its copy in the keychain is not valid (%2)</source>
      <translation>die Indexdatei %1 fehlt, und ihre Kopie im Schlüsselbund ist ungültig (%2)</translation>
    </message>
    <message>
      <source>the index file %1 is not valid (%2); it is left untouched</source>
      <translation>die Indexdatei %1 ist ungültig (%2); sie bleibt unverändert</translation>
    </message>
    <message>
      <source>reading %1 keychain entries</source>
      <translation>Lesen von %1 Schlüsselbundeinträgen</translation>
    </message>
    <message>
      <source>token %1 is listed in %2 but its keychain entry %3 is missing (removed outside zcrm?); delete the token to go on</source>
      <translation>Token %1 steht in %2, aber sein Schlüsselbundeintrag %3 fehlt (außerhalb von zcrm entfernt?); löschen Sie das Token, um fortzufahren</translation>
    </message>
    <message>
      <source>the keychain entry of token %1 (%2) is not a token written by zcrm; it is left untouched</source>
      <translation>der Schlüsselbundeintrag von Token %1 (%2) ist kein von zcrm geschriebenes Token; er bleibt unverändert</translation>
    </message>
    <message>
      <source>deleting old entries</source>
      <translation>Löschen alter Einträge</translation>
    </message>
    <message>
      <source>the OS keychain (Secret Service, macOS Keychain, Windows Credential Manager); SERVICE defaults to %1</source>
      <translation>der System-Schlüsselbund (Secret Service, macOS-Schlüsselbund, Windows-Anmeldeinformationsverwaltung); SERVICE ist standardmäßig %1</translation>
    </message>
    <message>
      <source>the service name must be 1 to %1 printable characters without leading or trailing spaces</source>
      <translation>der Dienstname muss aus 1 bis %1 druckbaren Zeichen ohne führende oder nachgestellte Leerzeichen bestehen</translation>
    </message>
    <message>
      <source>the keychain</source>
      <translation>der Schlüsselbund</translation>
    </message>
  </context>
  <context>
    <name>LeaseFile</name>
    <message>
      <source>cannot read %1: %2</source>
      <translation>kann %1 nicht lesen: %2</translation>
    </message>
    <message>
      <source>%1 is not a leases file (%2); it was left as it is (delete it to clear the leases)</source>
      <translation>%1 ist keine Lease-Datei (%2); sie wurde nicht verändert (löschen Sie sie, um die Leases aufzuheben)</translation>
    </message>
    <message>
      <source>no "leases" object</source>
      <translation>kein „leases“-Objekt</translation>
    </message>
  </context>
  <context>
    <name>MemoryTokenStore</name>
    <message>
      <source>no token with id %1</source>
      <translation>kein Token mit der ID %1</translation>
    </message>
    <message>
      <source>in-memory store of this process</source>
      <translation>Arbeitsspeicher-Speicher dieses Prozesses</translation>
    </message>
  </context>
  <context>
    <name>PathProbe</name>
    <message>
      <source>%1 is a folder, not a file</source>
      <translation>%1 ist ein Ordner, keine Datei</translation>
    </message>
    <message>
      <source>%1 is not a regular file</source>
      <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
      <source>%1 is a symbolic link to %2, in a folder that does not exist</source>
      <translation>%1 ist ein symbolischer Link auf %2 in einem Ordner, den es nicht gibt</translation>
    </message>
    <message>
      <source>cannot look at %1: %2</source>
      <translation>kann %1 nicht untersuchen: %2</translation>
    </message>
    <message>
      <source>the folder %1 does not exist</source>
      <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
      <source>%1 is not a folder</source>
      <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
      <source>%1 is a symbolic link to %2, which does not exist</source>
      <translation>%1 ist ein symbolischer Link auf %2, das nicht existiert</translation>
    </message>
    <message>
      <source>cannot look at the folder %1: %2</source>
      <translation>kann den Ordner %1 nicht untersuchen: %2</translation>
    </message>
    <message>
      <source>cannot create a file in the folder %1: %2</source>
      <translation>kann im Ordner %1 keine Datei anlegen: %2</translation>
    </message>
  </context>
  <context>
    <name>ProcessLock</name>
    <message>
      <source>another process has held the lock %1 for more than %2 ms</source>
      <translation>ein anderer Prozess hält die Sperre %1 seit mehr als %2 ms</translation>
    </message>
    <message>
      <source>; nothing was written</source>
      <translation>; nichts wurde geschrieben</translation>
    </message>
    <message>
      <source>cannot lock %1: %2</source>
      <translation>kann %1 nicht sperren: %2</translation>
    </message>
    <message>
      <source>held by another process</source>
      <translation>von einem anderen Prozess gehalten</translation>
    </message>
    <message>
      <source>permission denied</source>
      <translation>Zugriff verweigert</translation>
    </message>
    <message>
      <source>cannot create the lock file</source>
      <translation>kann die Sperrdatei nicht anlegen</translation>
    </message>
  </context>
  <context>
    <name>SdkTokenFile</name>
    <message>
      <source>the id is empty</source>
      <translation>die ID ist leer</translation>
    </message>
    <message>
      <source>%1 SDK CSV (%2, %3, %4 columns)</source>
      <translation>%1-SDK-CSV (%2, %3, %4 Spalten)</translation>
    </message>
    <message>
      <source>not a Zoho SDK token file: the first line is not the header id,user_name,client_id,client_secret,refresh_token,access_token,grant_token,expiry_time,redirect_uri,api_domain</source>
      <translation>keine Token-Datei des Zoho SDK: Die erste Zeile ist nicht die Kopfzeile id,user_name,client_id,client_secret,refresh_token,access_token,grant_token,expiry_time,redirect_uri,api_domain</translation>
    </message>
    <message>
      <source>%1 fields where the header has %2 (a torn or hand-edited row)</source>
      <translation>%1 Felder, wo die Kopfzeile %2 hat (eine abgeschnittene oder von Hand bearbeitete Zeile)</translation>
    </message>
    <message>
      <source>id %1 appears again (first on line %2)</source>
      <translation>ID %1 kommt erneut vor (zuerst in Zeile %2)</translation>
    </message>
  </context>
  <context>
    <name>SqlServerConnection</name>
    <message>
      <source>Qt's %1 driver is not installed (package %2)</source>
      <translation>der %1-Treiber von Qt ist nicht installiert (Paket %2)</translation>
    </message>
  </context>
  <context>
    <name>SqlServerSpec</name>
    <message>
      <source>not a MySQL or PostgreSQL store spec</source>
      <translation>keine MySQL- oder PostgreSQL-Speicherangabe</translation>
    </message>
    <message>
      <source>a password in the store spec is refused, because specs are saved in settings and shown in logs; set ZCRM_DB_PASSWORD instead</source>
      <translation>ein Passwort in der Speicherangabe wird abgelehnt, weil Speicherangaben in Einstellungen gespeichert und in Protokollen angezeigt werden; setzen Sie stattdessen ZCRM_DB_PASSWORD</translation>
    </message>
    <message>
      <source>expected %1</source>
      <translation>erwartet: %1</translation>
    </message>
    <message>
      <source>not a valid URL; expected %1</source>
      <translation>keine gültige URL; erwartet: %1</translation>
    </message>
    <message>
      <source>unexpected "#" part; expected %1</source>
      <translation>unerwarteter „#“-Teil; erwartet: %1</translation>
    </message>
    <message>
      <source>port 0 is not a valid port</source>
      <translation>Port 0 ist kein gültiger Port</translation>
    </message>
    <message>
      <source>the path must be one database name; expected %1</source>
      <translation>der Pfad muss ein einzelner Datenbankname sein; erwartet: %1</translation>
    </message>
    <message>
      <source>table name %1 is not allowed: use letters, digits and "_", not starting with a digit, at most 40 characters</source>
      <translation>der Tabellenname %1 ist nicht erlaubt: Verwenden Sie Buchstaben, Ziffern und „_“, nicht mit einer Ziffer beginnend, höchstens 40 Zeichen</translation>
    </message>
    <message>
      <source>a password in the store spec is refused; set ZCRM_DB_PASSWORD instead</source>
      <translation>ein Passwort in der Speicherangabe wird abgelehnt; setzen Sie stattdessen ZCRM_DB_PASSWORD</translation>
    </message>
    <message>
      <source>unknown option %1; the only option is table=NAME</source>
      <translation>unbekannte Option %1; die einzige Option ist table=NAME</translation>
    </message>
  </context>
  <context>
    <name>SqlServerTokenStore</name>
    <message>
      <source>MySQL or MariaDB, the SDK DBStore's table (default root@localhost:3306, database zohooauth, table oauthtoken); password from ZCRM_DB_PASSWORD or the OS keychain</source>
      <translation>MySQL oder MariaDB, die DBStore-Tabelle des SDK (Standard root@localhost:3306, Datenbank zohooauth, Tabelle oauthtoken); Passwort aus ZCRM_DB_PASSWORD oder dem System-Schlüsselbund</translation>
    </message>
    <message>
      <source>PostgreSQL, the same table (default postgres@localhost:5432, database zohooauth, table oauthtoken); password from ZCRM_DB_PASSWORD or the OS keychain</source>
      <translation>PostgreSQL, dieselbe Tabelle (Standard postgres@localhost:5432, Datenbank zohooauth, Tabelle oauthtoken); Passwort aus ZCRM_DB_PASSWORD oder dem System-Schlüsselbund</translation>
    </message>
    <message>
      <source>same as mysql://</source>
      <translation>wie mysql://</translation>
    </message>
    <message>
      <source>same as postgresql://</source>
      <translation>wie postgresql://</translation>
    </message>
    <message>
      <source>cannot connect to %1 at %2:%3 as %4 (database %5)</source>
      <translation>kann keine Verbindung zu %1 auf %2:%3 als %4 herstellen (Datenbank %5)</translation>
    </message>
    <message>
      <source>cannot start a transaction</source>
      <translation>kann keine Transaktion beginnen</translation>
    </message>
    <message>
      <source>cannot lock the schema</source>
      <translation>kann das Schema nicht sperren</translation>
    </message>
    <message>
      <source>another process kept the schema locked for 30 s</source>
      <translation>ein anderer Prozess hielt das Schema 30 s lang gesperrt</translation>
    </message>
    <message>
      <source>cannot commit the schema</source>
      <translation>kann das Schema nicht festschreiben</translation>
    </message>
    <message>
      <source>cannot read the columns of %1</source>
      <translation>kann die Spalten von %1 nicht lesen</translation>
    </message>
    <message>
      <source>cannot create %1</source>
      <translation>kann %1 nicht anlegen</translation>
    </message>
    <message>
      <source>cannot create table %1</source>
      <translation>kann die Tabelle %1 nicht anlegen</translation>
    </message>
    <message>
      <source>table %1 exists but is not a token table: it has no column %2; it was left as it is</source>
      <translation>die Tabelle %1 existiert, ist aber keine Token-Tabelle: Ihr fehlt die Spalte %2; sie wurde nicht verändert</translation>
    </message>
    <message>
      <source>cannot add column %1 to %2</source>
      <translation>kann die Spalte %1 nicht zu %2 hinzufügen</translation>
    </message>
    <message>
      <source>cannot index %1.%2</source>
      <translation>kann keinen Index für %1.%2 anlegen</translation>
    </message>
    <message>
      <source>cannot read the indexes of %1</source>
      <translation>kann die Indizes von %1 nicht lesen</translation>
    </message>
    <message>
      <source>cannot read the schema version</source>
      <translation>kann die Schemaversion nicht lesen</translation>
    </message>
    <message>
      <source>cannot record the schema version</source>
      <translation>kann die Schemaversion nicht speichern</translation>
    </message>
    <message>
      <source>cannot create the change counter of %1</source>
      <translation>kann den Änderungszähler von %1 nicht anlegen</translation>
    </message>
    <message>
      <source>cannot read the triggers of %1</source>
      <translation>kann die Trigger von %1 nicht lesen</translation>
    </message>
    <message>
      <source>cannot create a savepoint</source>
      <translation>kann keinen Sicherungspunkt anlegen</translation>
    </message>
    <message>
      <source>cannot count the change</source>
      <translation>kann die Änderung nicht zählen</translation>
    </message>
    <message>
      <source>cannot read the change counter</source>
      <translation>kann den Änderungszähler nicht lesen</translation>
    </message>
    <message>
      <source>cannot look the token up</source>
      <translation>kann das Token nicht nachschlagen</translation>
    </message>
    <message>
      <source>cannot read token %1</source>
      <translation>kann Token %1 nicht lesen</translation>
    </message>
    <message>
      <source>cannot commit</source>
      <translation>kann nicht festschreiben</translation>
    </message>
    <message>
      <source>cannot update token %1</source>
      <translation>kann Token %1 nicht aktualisieren</translation>
    </message>
    <message>
      <source>Given user authentication details not found, and the token has no refresh, grant or access token to store</source>
      <translation>Angegebene Benutzer-Authentifizierungsdaten nicht gefunden, und das Token hat kein Aktualisierungs-, Grant- oder Zugriffstoken zum Speichern</translation>
    </message>
    <message>
      <source>no token id is left after %1; save it with a free --id</source>
      <translation>nach %1 ist keine Token-ID mehr frei; speichern Sie es mit einer freien --id</translation>
    </message>
    <message>
      <source>cannot insert token %1</source>
      <translation>kann Token %1 nicht einfügen</translation>
    </message>
    <message>
      <source>cannot record the next id</source>
      <translation>kann die nächste ID nicht speichern</translation>
    </message>
    <message>
      <source>cannot lock table %1</source>
      <translation>kann die Tabelle %1 nicht sperren</translation>
    </message>
    <message>
      <source>cannot read the next id</source>
      <translation>kann die nächste ID nicht lesen</translation>
    </message>
    <message>
      <source>cannot compute the next id</source>
      <translation>kann die nächste ID nicht ermitteln</translation>
    </message>
    <message>
      <source>no token with id %1</source>
      <translation>kein Token mit der ID %1</translation>
    </message>
    <message>
      <source>cannot delete token %1</source>
      <translation>kann Token %1 nicht löschen</translation>
    </message>
    <message>
      <source>cannot read the tokens</source>
      <translation>kann die Token nicht lesen</translation>
    </message>
    <message>
      <source>cannot delete the tokens</source>
      <translation>kann die Token nicht löschen</translation>
    </message>
    <message>
      <source>cannot take the lease of token %1</source>
      <translation>kann die Lease von Token %1 nicht übernehmen</translation>
    </message>
    <message>
      <source>cannot release the lease of token %1</source>
      <translation>kann die Lease von Token %1 nicht freigeben</translation>
    </message>
    <message>
      <source>cannot count the tokens</source>
      <translation>kann die Token nicht zählen</translation>
    </message>
    <message>
      <source>%1 %2, database %3, table %4</source>
      <translation>%1 %2, Datenbank %3, Tabelle %4</translation>
    </message>
    <message>
      <source>; changes counted by our own writers only, not a Zoho SDK's (the server refused triggers: %1)</source>
      <translation>; Änderungen werden nur von unseren eigenen Schreibzugriffen gezählt, nicht von denen eines Zoho SDK (der Server hat Trigger abgelehnt: %1)</translation>
    </message>
    <message>
      <source>; changes counted by triggers</source>
      <translation>; Änderungen werden von Triggern gezählt</translation>
    </message>
    <message>
      <source>; not writable: </source>
      <translation>; nicht beschreibbar: </translation>
    </message>
    <message>
      <source>a test insert failed</source>
      <translation>ein Testeinfügen ist fehlgeschlagen</translation>
    </message>
  </context>
  <context>
    <name>SqliteConnection</name>
    <message>
      <source>Qt's SQLite driver is not installed (package libqt6sql6-sqlite)</source>
      <translation>der SQLite-Treiber von Qt ist nicht installiert (Paket libqt6sql6-sqlite)</translation>
    </message>
    <message>
      <source>switched off</source>
      <translation>abgeschaltet</translation>
    </message>
  </context>
  <context>
    <name>SqliteDriverHandle</name>
    <message>
      <source>cannot tell which library holds Qt's SQLite driver</source>
      <translation>kann nicht feststellen, welche Bibliothek den SQLite-Treiber von Qt enthält</translation>
    </message>
    <message>
      <source>cannot look into %1</source>
      <translation>kann %1 nicht untersuchen</translation>
    </message>
    <message>
      <source>%1 uses another copy of SQLite</source>
      <translation>%1 verwendet eine andere Kopie von SQLite</translation>
    </message>
    <message>
      <source>Qt's SQLite driver gives no SQLite handle</source>
      <translation>der SQLite-Treiber von Qt liefert kein SQLite-Handle</translation>
    </message>
    <message>
      <source>built without SQLite's headers</source>
      <translation>ohne die Header von SQLite erstellt</translation>
    </message>
  </context>
  <context>
    <name>SqliteSchema</name>
    <message>
      <source>cannot read the schema (%1)</source>
      <translation>kann das Schema nicht lesen (%1)</translation>
    </message>
    <message>
      <source>the database is damaged (PRAGMA quick_check: %1)</source>
      <translation>die Datenbank ist beschädigt (PRAGMA quick_check: %1)</translation>
    </message>
    <message>
      <source>its oauthtoken is a %1, not a table: not a token store</source>
      <translation>ihr oauthtoken ist ein %1, keine Tabelle: kein Token-Speicher</translation>
    </message>
    <message>
      <source>its oauthtoken is a virtual table, not a plain table: not a token store</source>
      <translation>ihr oauthtoken ist eine virtuelle Tabelle, keine normale: kein Token-Speicher</translation>
    </message>
    <message>
      <source>its oauthtoken table has no rowid (WITHOUT ROWID): not a token store</source>
      <translation>ihre Tabelle oauthtoken hat keine rowid (WITHOUT ROWID): kein Token-Speicher</translation>
    </message>
    <message>
      <source>its oauthtoken table has no primary key and id %1 is on more than one row</source>
      <translation>ihre Tabelle oauthtoken hat keinen Primärschlüssel, und die ID %1 steht in mehr als einer Zeile</translation>
    </message>
    <message>
      <source>written by a newer ZCRM Explorer (schema %1; this one knows up to %2)</source>
      <translation>von einem neueren ZCRM Explorer geschrieben (Schema %1; dieser kennt bis %2)</translation>
    </message>
    <message>
      <source>its oauthtoken table does not start with the Zoho SDK's ten columns (it has %1)</source>
      <translation>ihre Tabelle oauthtoken beginnt nicht mit den zehn Spalten des Zoho SDK (sie hat %1)</translation>
    </message>
    <message>
      <source>it holds other tables (%1) and no oauthtoken table: not a token store</source>
      <translation>sie enthält andere Tabellen (%1) und keine Tabelle oauthtoken: kein Token-Speicher</translation>
    </message>
  </context>
  <context>
    <name>SqliteTokenStore</name>
    <message>
      <source>SQLite file; table oauthtoken as the Zoho SDK samples create it (opens their zohooauth.db)</source>
      <translation>SQLite-Datei; Tabelle oauthtoken wie in den Beispielen des Zoho SDK (öffnet deren zohooauth.db)</translation>
    </message>
    <message>
      <source>no file named; use sqlite:PATH</source>
      <translation>keine Datei angegeben; verwenden Sie sqlite:PFAD</translation>
    </message>
    <message>
      <source>; nothing was read or written</source>
      <translation>; nichts wurde gelesen oder geschrieben</translation>
    </message>
    <message>
      <source>cannot create folder %1</source>
      <translation>kann den Ordner %1 nicht anlegen</translation>
    </message>
    <message>
      <source>%1 is a folder</source>
      <translation>%1 ist ein Ordner</translation>
    </message>
    <message>
      <source>%1 is a symbolic link to %2, which does not exist; nothing was created</source>
      <translation>%1 ist ein symbolischer Link auf %2, das nicht existiert; nichts wurde angelegt</translation>
    </message>
    <message>
      <source>cannot create the file: %1</source>
      <translation>kann die Datei nicht anlegen: %1</translation>
    </message>
    <message>
      <source>cannot read the file: %1</source>
      <translation>kann die Datei nicht lesen: %1</translation>
    </message>
    <message>
      <source>not an SQLite database; the file was left as it is</source>
      <translation>keine SQLite-Datenbank; die Datei wurde nicht verändert</translation>
    </message>
    <message>
      <source>its pages reserve %1 bytes for an SQLite extension (encryption or checksums) this store does not have; the file was left as it is</source>
      <translation>ihre Seiten reservieren %1 Byte für eine SQLite-Erweiterung (Verschlüsselung oder Prüfsummen), die dieser Speicher nicht hat; die Datei wurde nicht verändert</translation>
    </message>
    <message>
      <source>; the file was left as it is</source>
      <translation>; die Datei wurde nicht verändert</translation>
    </message>
    <message>
      <source>the file is read-only and its table needs our columns first; the file was left as it is</source>
      <translation>die Datei ist schreibgeschützt, und ihre Tabelle braucht zuerst unsere Spalten; die Datei wurde nicht verändert</translation>
    </message>
    <message>
      <source>statements on SQLite's handle</source>
      <translation>Anweisungen über das SQLite-Handle</translation>
    </message>
    <message>
      <source>statements through QSqlQuery: </source>
      <translation>Anweisungen über QSqlQuery: </translation>
    </message>
    <message>
      <source>the database is locked by another process beyond %1 ms; try again</source>
      <translation>die Datenbank ist länger als %1 ms von einem anderen Prozess gesperrt; versuchen Sie es erneut</translation>
    </message>
    <message>
      <source>the file is read-only (%1)</source>
      <translation>die Datei ist schreibgeschützt (%1)</translation>
    </message>
    <message>
      <source>the database is damaged (%1); the file was left as it is</source>
      <translation>die Datenbank ist beschädigt (%1); die Datei wurde nicht verändert</translation>
    </message>
    <message>
      <source>cannot open the file (%1)</source>
      <translation>kann die Datei nicht öffnen (%1)</translation>
    </message>
    <message>
      <source>SQLite error %1: %2</source>
      <translation>SQLite-Fehler %1: %2</translation>
    </message>
    <message>
      <source>the file is read-only (no write permission)</source>
      <translation>die Datei ist schreibgeschützt (keine Schreibberechtigung)</translation>
    </message>
    <message>
      <source>no token id is left after %1; save it with a free --id</source>
      <translation>nach %1 ist keine Token-ID mehr frei; speichern Sie es mit einer freien --id</translation>
    </message>
    <message>
      <source>id %1 is on %2 rows (the table has no primary key); nothing was saved</source>
      <translation>die ID %1 steht in %2 Zeilen (die Tabelle hat keinen Primärschlüssel); nichts wurde gespeichert</translation>
    </message>
    <message>
      <source>Given user authentication details not found, and the token has no refresh, grant or access token to store</source>
      <translation>Angegebene Benutzer-Authentifizierungsdaten nicht gefunden, und das Token hat kein Aktualisierungs-, Grant- oder Zugriffstoken zum Speichern</translation>
    </message>
    <message>
      <source>no token with id %1</source>
      <translation>kein Token mit der ID %1</translation>
    </message>
    <message>
      <source>id %1 is on %2 rows (the table has no primary key); nothing was deleted</source>
      <translation>die ID %1 steht in %2 Zeilen (die Tabelle hat keinen Primärschlüssel); nichts wurde gelöscht</translation>
    </message>
    <message>
      <source>journal mode %1</source>
      <translation>Journalmodus %1</translation>
    </message>
    <message>
      <source>not writable: </source>
      <translation>nicht beschreibbar: </translation>
    </message>
    <message>
      <source>other users may read the file (not 0600)</source>
      <translation>andere Benutzer können die Datei lesen (nicht 0600)</translation>
    </message>
    <message>
      <source>%1 rows cached for this thread</source>
      <translation>%1 Zeilen für diesen Thread zwischengespeichert</translation>
    </message>
    <message>
      <source>statements through QSqlQuery (%1)</source>
      <translation>Anweisungen über QSqlQuery (%1)</translation>
    </message>
  </context>
  <context>
    <name>StoreRegistry</name>
    <message>
      <source>in this process only, gone when it exits</source>
      <translation>nur in diesem Prozess, weg, wenn er endet</translation>
    </message>
    <message>
      <source>this kind of store takes no password</source>
      <translation>diese Speicherart nimmt kein Passwort an</translation>
    </message>
    <message>
      <source>this build has no keychain for database passwords</source>
      <translation>diese Version hat keinen Schlüsselbund für Datenbankpasswörter</translation>
    </message>
    <message>
      <source>unknown store spec; use one of: %1</source>
      <translation>unbekannte Speicherangabe; verwenden Sie eine von: %1</translation>
    </message>
  </context>
  <context>
    <name>TokenExtrasFile</name>
    <message>
      <source>not a zcrm sidecar file: the first line is not the header id,%1,…</source>
      <translation>keine zcrm-Begleitdatei: Die erste Zeile ist nicht die Kopfzeile id,%1,…</translation>
    </message>
    <message>
      <source>%1 fields where the header has %2</source>
      <translation>%1 Felder, wo die Kopfzeile %2 hat</translation>
    </message>
    <message>
      <source>id %1 appears again (first on line %2)</source>
      <translation>ID %1 kommt erneut vor (zuerst in Zeile %2)</translation>
    </message>
  </context>
  <context>
    <name>TokenRules</name>
    <message>
      <source>the id is empty</source>
      <translation>die ID ist leer</translation>
    </message>
    <message>
      <source>the id %1 is not a positive integer below 2^63 (digits only, no sign, spaces or leading zero)</source>
      <translation>die ID %1 ist keine positive ganze Zahl unter 2^63 (nur Ziffern, ohne Vorzeichen, Leerzeichen oder führende Null)</translation>
    </message>
    <message>
      <source>%1 %2 is not a time in ms since the epoch up to the year 9999</source>
      <translation>%1 %2 ist keine Zeit in ms seit der Epoche bis zum Jahr 9999</translation>
    </message>
  </context>
  <context>
    <name>TokenService</name>
    <message>
      <source>token %1: %2 access tokens of its refresh token are still valid and Zoho allows %3 (a new one would invalidate the oldest); not asking again for %4 s</source>
      <translation>Token %1: %2 Zugriffstoken seines Aktualisierungstokens sind noch gültig, und Zoho erlaubt %3 (ein neues würde das älteste ungültig machen); für %4 s wird nicht erneut angefragt</translation>
    </message>
  </context>
  <context>
    <name>TokenTable</name>
    <message>
      <source>id %1 appears more than once</source>
      <translation>ID %1 kommt mehrfach vor</translation>
    </message>
    <message>
      <source>Given user authentication details not found, and the token has no refresh, grant or access token to store</source>
      <translation>Angegebene Benutzer-Authentifizierungsdaten nicht gefunden, und das Token hat kein Aktualisierungs-, Grant- oder Zugriffstoken zum Speichern</translation>
    </message>
    <message>
      <source>no token id is left after %1; save it with a free --id</source>
      <translation>nach %1 ist keine Token-ID mehr frei; speichern Sie es mit einer freien --id</translation>
    </message>
  </context>
</TS>
