<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
  <context>
    <name>AtomicFileWriter</name>
    <message>
      <source>cannot create a temporary file beside</source>
      <translation>一時ファイルを作成できません。対象:</translation>
    </message>
    <message>
      <source>cannot make owner-only</source>
      <translation>所有者だけのアクセス権にできません。対象:</translation>
    </message>
    <message>
      <source>cannot write</source>
      <translation>書き込めません。対象:</translation>
    </message>
    <message>
      <source>cannot replace</source>
      <translation>置き換えられません。対象:</translation>
    </message>
    <message>
      <source>cannot copy the permissions of %1: %2</source>
      <translation>%1 のアクセス権をコピーできません: %2</translation>
    </message>
    <message>
      <source>cannot replace %1: %2</source>
      <translation>%1 を置き換えられません: %2</translation>
    </message>
  </context>
  <context>
    <name>CsvCodec</name>
    <message>
      <source>not UTF-8 text</source>
      <translation>UTF-8 のテキストではありません</translation>
    </message>
    <message>
      <source>a quoted field is never closed</source>
      <translation>引用符で囲まれたフィールドが閉じられていません</translation>
    </message>
    <message>
      <source>text after a closing quote (a quote inside a quoted field must be doubled)</source>
      <translation>閉じ引用符の後に文字があります (引用符で囲まれたフィールド内の引用符は 2 つ重ねる必要があります)</translation>
    </message>
  </context>
  <context>
    <name>FileTokenStore</name>
    <message>
      <source>file: needs the path of the token file, e.g. file:/home/me/sdk_tokens.txt</source>
      <translation>file: にはトークンファイルのパスが必要です (例: file:/home/me/sdk_tokens.txt)</translation>
    </message>
    <message>
      <source>%1 is a folder; name the token file in it, e.g. %1/sdk_tokens.txt</source>
      <translation>%1 はフォルダーです。その中のトークンファイルを指定してください (例: %1/sdk_tokens.txt)</translation>
    </message>
    <message>
      <source>the Zoho SDK FileStore CSV (sdk_tokens.txt), shared with the Python and Java SDKs</source>
      <translation>Zoho SDK の FileStore CSV (sdk_tokens.txt)。Python と Java の SDK と共有します</translation>
    </message>
    <message>
      <source>no token with id %1</source>
      <translation>ID %1 のトークンはありません</translation>
    </message>
    <message>
      <source>, not created yet</source>
      <translation>、未作成</translation>
    </message>
    <message>
      <source>, our fields in </source>
      <translation>、独自のフィールドは </translation>
    </message>
    <message>
      <source>, not writable: </source>
      <translation>、書き込み不可: </translation>
    </message>
    <message>
      <source>cannot read %1: %2</source>
      <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
      <source>; nothing was read or written</source>
      <translation>。何も読み書きしていません</translation>
    </message>
    <message>
      <source>%1 is read-only; nothing was written</source>
      <translation>%1 は読み取り専用です。何も書き込んでいません</translation>
    </message>
    <message>
      <source>; nothing was written</source>
      <translation>。何も書き込んでいません</translation>
    </message>
    <message>
      <source>; the file is left as it was</source>
      <translation>。ファイルは元のままです</translation>
    </message>
    <message>
      <source>the SDK fields were saved, ours were not: </source>
      <translation>SDK のフィールドは保存されましたが、独自のフィールドは保存されませんでした: </translation>
    </message>
    <message>
      <source>line %1: </source>
      <translation>%1 行目: </translation>
    </message>
    <message>
      <source>; the file was left as it is</source>
      <translation>。ファイルには手を加えていません</translation>
    </message>
    <message>
      <source> (delete it to go on without our extra fields)</source>
      <translation> (独自の追加フィールドなしで続けるには、このファイルを削除してください)</translation>
    </message>
  </context>
  <context>
    <name>KeychainExecutor</name>
    <message>
      <source>no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set), so no Secret Service; use a desktop session with gnome-keyring or KWallet, or another store such as sqlite:</source>
      <translation>D-Bus のセッションバスがない (DBUS_SESSION_BUS_ADDRESS が未設定) ため、Secret Service を使えません。gnome-keyring か KWallet のあるデスクトップセッションを使うか、sqlite: など別のストアを使ってください</translation>
    </message>
    <message>
      <source>QT_NO_GLIB is set, but the Secret Service backend of QtKeychain (libsecret) needs Qt's GLib event loop; unset QT_NO_GLIB</source>
      <translation>QT_NO_GLIB が設定されていますが、QtKeychain の Secret Service バックエンド (libsecret) には Qt の GLib イベントループが必要です。QT_NO_GLIB を解除してください</translation>
    </message>
    <message>
      <source>the keychain needs a QCoreApplication, and there is none</source>
      <translation>キーチェーンには QCoreApplication が必要ですが、ありません</translation>
    </message>
    <message>
      <source>the keychain thread has stopped: the application is shutting down</source>
      <translation>キーチェーンのスレッドが停止しました。アプリケーションは終了処理中です</translation>
    </message>
  </context>
  <context>
    <name>KeychainIndex</name>
    <message>
      <source>not JSON (%1 at offset %2)</source>
      <translation>JSON ではありません (位置 %2 で %1)</translation>
    </message>
    <message>
      <source>not a zcrm keychain index</source>
      <translation>zcrm のキーチェーンインデックスではありません</translation>
    </message>
    <message>
      <source>index version %1, this program reads version %2</source>
      <translation>インデックスのバージョンは %1 ですが、このプログラムが読めるのはバージョン %2 です</translation>
    </message>
    <message>
      <source>token entry %1 is invalid</source>
      <translation>トークンのエントリー %1 が不正です</translation>
    </message>
    <message>
      <source>token id %1 appears more than once</source>
      <translation>トークン ID %1 が重複しています</translation>
    </message>
  </context>
  <context>
    <name>KeychainSecret</name>
    <message>
      <source>the keychain did not answer within %1 ms</source>
      <translation>キーチェーンが %1 ミリ秒以内に応答しませんでした</translation>
    </message>
  </context>
  <context>
    <name>KeychainTokenStore</name>
    <message>
      <source>Windows Credential Manager</source>
      <translation>Windows 資格情報マネージャー</translation>
    </message>
    <message>
      <source>macOS Keychain</source>
      <translation>macOS のキーチェーン</translation>
    </message>
    <message>
      <source>Secret Service</source>
      <translation>Secret Service</translation>
    </message>
    <message>
      <source>cannot read %1: %2</source>
      <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
      <source>writing token %1</source>
      <translation>トークン %1 の書き込み</translation>
    </message>
    <message>
      <source>no token with id %1</source>
      <translation>ID %1 のトークンはありません</translation>
    </message>
    <message>
      <source>%1 through QtKeychain, service "%2"; index %3</source>
      <translation>QtKeychain 経由の %1、サービス「%2」、インデックス %3</translation>
    </message>
    <message>
      <source>; %1 old entries still to delete</source>
      <translation>。削除待ちの古いエントリーが %1 件あります</translation>
    </message>
    <message>
      <source>; not writable: </source>
      <translation>。書き込み不可: </translation>
    </message>
    <message>
      <source>the %1 did not answer within %2 s while %3 (a keyring waiting to be unlocked, or a keychain service that hangs); the request may still finish in the background</source>
      <translation>%3中に %1 が %2 秒以内に応答しませんでした (ロック解除待ちのキーリングか、応答しないキーチェーンサービスの可能性があります)。リクエストはバックグラウンドで完了することがあります</translation>
    </message>
    <message>
      <source>keyring locked or access denied while %1: %2</source>
      <translation>%1中にキーリングがロックされているか、アクセスが拒否されました: %2</translation>
    </message>
    <message>
      <source>no keychain backend while %1: %2</source>
      <translation>%1中にキーチェーンのバックエンドがありません: %2</translation>
    </message>
    <message>
      <source>an entry is missing from the keychain while %1: %2</source>
      <translation>%1中にキーチェーンのエントリーが見つかりません: %2</translation>
    </message>
    <message>
      <source>%1 not available: %2</source>
      <translation>%1 を使えません: %2</translation>
    </message>
    <message>
      <source>keychain error while %1: %2</source>
      <translation>%1中のキーチェーンエラー: %2</translation>
    </message>
    <message>
      <source>opening the keychain</source>
      <translation>キーチェーンのオープン</translation>
    </message>
    <message>
      <source>writing a probe entry</source>
      <translation>テスト用エントリーの書き込み</translation>
    </message>
    <message>
      <source>keyring locked or missing: the %1 cannot store a secret (%2)</source>
      <translation>キーリングがロックされているか、ありません。%1 に秘密情報を保存できません (%2)</translation>
    </message>
    <message>
      <source>the %1 returned something else than the probe entry it stored</source>
      <translation>%1 が保存したテスト用エントリーとは異なるものを返しました</translation>
    </message>
    <message>
      <source>cannot create the folder %1</source>
      <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
      <source>reading the index copy</source>
      <translation>インデックスのコピーの読み取り</translation>
    </message>
    <message>
      <source>the index file %1 is missing and its copy in the keychain is not valid (%2)</source>
      <translation>インデックスファイル %1 がなく、キーチェーン内のコピーも不正です (%2)</translation>
    </message>
    <message>
      <source>the index file %1 is not valid (%2); it is left untouched</source>
      <translation>インデックスファイル %1 が不正です (%2)。ファイルには手を加えていません</translation>
    </message>
    <message>
      <source>reading %1 keychain entries</source>
      <translation>%1 件のキーチェーンエントリーの読み取り</translation>
    </message>
    <message>
      <source>token %1 is listed in %2 but its keychain entry %3 is missing (removed outside zcrm?); delete the token to go on</source>
      <translation>トークン %1 は %2 に記載されていますが、キーチェーンのエントリー %3 がありません (zcrm の外で削除されましたか?)。続けるにはトークンを削除してください</translation>
    </message>
    <message>
      <source>the keychain entry of token %1 (%2) is not a token written by zcrm; it is left untouched</source>
      <translation>トークン %1 のキーチェーンエントリー (%2) は zcrm が書き込んだトークンではありません。手を加えていません</translation>
    </message>
    <message>
      <source>deleting old entries</source>
      <translation>古いエントリーの削除</translation>
    </message>
    <message>
      <source>the OS keychain (Secret Service, macOS Keychain, Windows Credential Manager); SERVICE defaults to %1</source>
      <translation>OS のキーチェーン (Secret Service、macOS のキーチェーン、Windows 資格情報マネージャー)。SERVICE の既定値は %1</translation>
    </message>
    <message>
      <source>the service name must be 1 to %1 printable characters without leading or trailing spaces</source>
      <translation>サービス名は、前後に空白のない 1～%1 文字の印字可能な文字にしてください</translation>
    </message>
    <message>
      <source>the keychain</source>
      <translation>キーチェーン</translation>
    </message>
  </context>
  <context>
    <name>LeaseFile</name>
    <message>
      <source>cannot read %1: %2</source>
      <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
      <source>%1 is not a leases file (%2); it was left as it is (delete it to clear the leases)</source>
      <translation>%1 はリースファイルではありません (%2)。ファイルには手を加えていません (リースを解除するには削除してください)</translation>
    </message>
    <message>
      <source>no "leases" object</source>
      <translation>「leases」オブジェクトがありません</translation>
    </message>
  </context>
  <context>
    <name>MemoryTokenStore</name>
    <message>
      <source>no token with id %1</source>
      <translation>ID %1 のトークンはありません</translation>
    </message>
    <message>
      <source>in-memory store of this process</source>
      <translation>このプロセスのメモリ内ストア</translation>
    </message>
  </context>
  <context>
    <name>PathProbe</name>
    <message>
      <source>%1 is a folder, not a file</source>
      <translation>%1 はファイルではなくフォルダーです</translation>
    </message>
    <message>
      <source>%1 is not a regular file</source>
      <translation>%1 は通常のファイルではありません</translation>
    </message>
    <message>
      <source>%1 is a symbolic link to %2, in a folder that does not exist</source>
      <translation>%1 は %2 へのシンボリックリンクですが、リンク先のフォルダーが存在しません</translation>
    </message>
    <message>
      <source>cannot look at %1: %2</source>
      <translation>%1 を調べられません: %2</translation>
    </message>
    <message>
      <source>the folder %1 does not exist</source>
      <translation>フォルダー %1 が存在しません</translation>
    </message>
    <message>
      <source>%1 is not a folder</source>
      <translation>%1 はフォルダーではありません</translation>
    </message>
    <message>
      <source>%1 is a symbolic link to %2, which does not exist</source>
      <translation>%1 は存在しない %2 へのシンボリックリンクです</translation>
    </message>
    <message>
      <source>cannot look at the folder %1: %2</source>
      <translation>フォルダー %1 を調べられません: %2</translation>
    </message>
    <message>
      <source>cannot create a file in the folder %1: %2</source>
      <translation>フォルダー %1 にファイルを作成できません: %2</translation>
    </message>
  </context>
  <context>
    <name>ProcessLock</name>
    <message>
      <source>another process has held the lock %1 for more than %2 ms</source>
      <translation>別のプロセスがロック %1 を %2 ミリ秒以上保持しています</translation>
    </message>
    <message>
      <source>; nothing was written</source>
      <translation>。何も書き込んでいません</translation>
    </message>
    <message>
      <source>cannot lock %1: %2</source>
      <translation>%1 をロックできません: %2</translation>
    </message>
    <message>
      <source>held by another process</source>
      <translation>別のプロセスが保持しています</translation>
    </message>
    <message>
      <source>permission denied</source>
      <translation>アクセスが拒否されました</translation>
    </message>
    <message>
      <source>cannot create the lock file</source>
      <translation>ロックファイルを作成できません</translation>
    </message>
  </context>
  <context>
    <name>SdkTokenFile</name>
    <message>
      <source>the id is empty</source>
      <translation>ID が空です</translation>
    </message>
    <message>
      <source>%1 SDK CSV (%2, %3, %4 columns)</source>
      <translation>%1 SDK の CSV (%2、%3、%4 列)</translation>
    </message>
    <message>
      <source>not a Zoho SDK token file: the first line is not the header id,user_name,client_id,client_secret,refresh_token,access_token,grant_token,expiry_time,redirect_uri,api_domain</source>
      <translation>Zoho SDK のトークンファイルではありません。1 行目がヘッダー id,user_name,client_id,client_secret,refresh_token,access_token,grant_token,expiry_time,redirect_uri,api_domain ではありません</translation>
    </message>
    <message>
      <source>%1 fields where the header has %2 (a torn or hand-edited row)</source>
      <translation>ヘッダーは %2 列なのにフィールドが %1 個あります (途中で切れたか、手で編集された行)</translation>
    </message>
    <message>
      <source>id %1 appears again (first on line %2)</source>
      <translation>ID %1 が再び出現しました (最初は %2 行目)</translation>
    </message>
  </context>
  <context>
    <name>SqlServerConnection</name>
    <message>
      <source>Qt's %1 driver is not installed (package %2)</source>
      <translation>Qt の %1 ドライバーがインストールされていません (パッケージ %2)</translation>
    </message>
  </context>
  <context>
    <name>SqlServerSpec</name>
    <message>
      <source>not a MySQL or PostgreSQL store spec</source>
      <translation>MySQL や PostgreSQL のストア指定ではありません</translation>
    </message>
    <message>
      <source>a password in the store spec is refused, because specs are saved in settings and shown in logs; set ZCRM_DB_PASSWORD instead</source>
      <translation>ストア指定は設定に保存され、ログにも表示されるため、ストア指定内のパスワードは受け付けません。代わりに ZCRM_DB_PASSWORD を設定してください</translation>
    </message>
    <message>
      <source>expected %1</source>
      <translation>想定される形式: %1</translation>
    </message>
    <message>
      <source>not a valid URL; expected %1</source>
      <translation>有効な URL ではありません。想定される形式: %1</translation>
    </message>
    <message>
      <source>unexpected "#" part; expected %1</source>
      <translation>予期しない「#」部分があります。想定される形式: %1</translation>
    </message>
    <message>
      <source>port 0 is not a valid port</source>
      <translation>ポート 0 は有効なポートではありません</translation>
    </message>
    <message>
      <source>the path must be one database name; expected %1</source>
      <translation>パスは 1 つのデータベース名にしてください。想定される形式: %1</translation>
    </message>
    <message>
      <source>table name %1 is not allowed: use letters, digits and "_", not starting with a digit, at most 40 characters</source>
      <translation>テーブル名 %1 は使えません。英字、数字、「_」を使い、数字で始めず、40 文字以内にしてください</translation>
    </message>
    <message>
      <source>a password in the store spec is refused; set ZCRM_DB_PASSWORD instead</source>
      <translation>ストア指定内のパスワードは受け付けません。代わりに ZCRM_DB_PASSWORD を設定してください</translation>
    </message>
    <message>
      <source>unknown option %1; the only option is table=NAME</source>
      <translation>不明なオプション %1 です。使えるオプションは table=NAME だけです</translation>
    </message>
  </context>
  <context>
    <name>SqlServerTokenStore</name>
    <message>
      <source>MySQL or MariaDB, the SDK DBStore's table (default root@localhost:3306, database zohooauth, table oauthtoken); password from ZCRM_DB_PASSWORD or the OS keychain</source>
      <translation>MySQL または MariaDB の SDK DBStore テーブル (既定値 root@localhost:3306、データベース zohooauth、テーブル oauthtoken)。パスワードは ZCRM_DB_PASSWORD か OS のキーチェーンから取得</translation>
    </message>
    <message>
      <source>PostgreSQL, the same table (default postgres@localhost:5432, database zohooauth, table oauthtoken); password from ZCRM_DB_PASSWORD or the OS keychain</source>
      <translation>PostgreSQL の同じテーブル (既定値 postgres@localhost:5432、データベース zohooauth、テーブル oauthtoken)。パスワードは ZCRM_DB_PASSWORD か OS のキーチェーンから取得</translation>
    </message>
    <message>
      <source>same as mysql://</source>
      <translation>mysql:// と同じ</translation>
    </message>
    <message>
      <source>same as postgresql://</source>
      <translation>postgresql:// と同じ</translation>
    </message>
    <message>
      <source>cannot connect to %1 at %2:%3 as %4 (database %5)</source>
      <translation>%2:%3 の %1 に %4 として接続できません (データベース %5)</translation>
    </message>
    <message>
      <source>cannot start a transaction</source>
      <translation>トランザクションを開始できません</translation>
    </message>
    <message>
      <source>cannot lock the schema</source>
      <translation>スキーマをロックできません</translation>
    </message>
    <message>
      <source>another process kept the schema locked for 30 s</source>
      <translation>別のプロセスがスキーマを 30 秒間ロックしたままでした</translation>
    </message>
    <message>
      <source>cannot commit the schema</source>
      <translation>スキーマをコミットできません</translation>
    </message>
    <message>
      <source>cannot read the columns of %1</source>
      <translation>%1 の列を読み取れません</translation>
    </message>
    <message>
      <source>cannot create %1</source>
      <translation>%1 を作成できません</translation>
    </message>
    <message>
      <source>cannot create table %1</source>
      <translation>テーブル %1 を作成できません</translation>
    </message>
    <message>
      <source>table %1 exists but is not a token table: it has no column %2; it was left as it is</source>
      <translation>テーブル %1 は存在しますが、列 %2 がないためトークンのテーブルではありません。手を加えていません</translation>
    </message>
    <message>
      <source>cannot add column %1 to %2</source>
      <translation>%2 に列 %1 を追加できません</translation>
    </message>
    <message>
      <source>cannot index %1.%2</source>
      <translation>%1.%2 にインデックスを作成できません</translation>
    </message>
    <message>
      <source>cannot read the indexes of %1</source>
      <translation>%1 のインデックスを読み取れません</translation>
    </message>
    <message>
      <source>cannot read the schema version</source>
      <translation>スキーマのバージョンを読み取れません</translation>
    </message>
    <message>
      <source>cannot record the schema version</source>
      <translation>スキーマのバージョンを記録できません</translation>
    </message>
    <message>
      <source>cannot create the change counter of %1</source>
      <translation>%1 の変更カウンターを作成できません</translation>
    </message>
    <message>
      <source>cannot read the triggers of %1</source>
      <translation>%1 のトリガーを読み取れません</translation>
    </message>
    <message>
      <source>cannot create a savepoint</source>
      <translation>セーブポイントを作成できません</translation>
    </message>
    <message>
      <source>cannot count the change</source>
      <translation>変更をカウントできません</translation>
    </message>
    <message>
      <source>cannot read the change counter</source>
      <translation>変更カウンターを読み取れません</translation>
    </message>
    <message>
      <source>cannot look the token up</source>
      <translation>トークンを検索できません</translation>
    </message>
    <message>
      <source>cannot read token %1</source>
      <translation>トークン %1 を読み取れません</translation>
    </message>
    <message>
      <source>cannot commit</source>
      <translation>コミットできません</translation>
    </message>
    <message>
      <source>cannot update token %1</source>
      <translation>トークン %1 を更新できません</translation>
    </message>
    <message>
      <source>Given user authentication details not found, and the token has no refresh, grant or access token to store</source>
      <translation>指定されたユーザー認証情報が見つからず、トークンには保存するリフレッシュトークン、グラントトークン、アクセストークンのいずれもありません</translation>
    </message>
    <message>
      <source>no token id is left after %1; save it with a free --id</source>
      <translation>%1 の後に使えるトークン ID がありません。空いている --id を指定して保存してください</translation>
    </message>
    <message>
      <source>cannot insert token %1</source>
      <translation>トークン %1 を挿入できません</translation>
    </message>
    <message>
      <source>cannot record the next id</source>
      <translation>次の ID を記録できません</translation>
    </message>
    <message>
      <source>cannot lock table %1</source>
      <translation>テーブル %1 をロックできません</translation>
    </message>
    <message>
      <source>cannot read the next id</source>
      <translation>次の ID を読み取れません</translation>
    </message>
    <message>
      <source>cannot compute the next id</source>
      <translation>次の ID を算出できません</translation>
    </message>
    <message>
      <source>no token with id %1</source>
      <translation>ID %1 のトークンはありません</translation>
    </message>
    <message>
      <source>cannot delete token %1</source>
      <translation>トークン %1 を削除できません</translation>
    </message>
    <message>
      <source>cannot read the tokens</source>
      <translation>トークンを読み取れません</translation>
    </message>
    <message>
      <source>cannot delete the tokens</source>
      <translation>トークンを削除できません</translation>
    </message>
    <message>
      <source>cannot take the lease of token %1</source>
      <translation>トークン %1 のリースを取得できません</translation>
    </message>
    <message>
      <source>cannot release the lease of token %1</source>
      <translation>トークン %1 のリースを解放できません</translation>
    </message>
    <message>
      <source>cannot count the tokens</source>
      <translation>トークンを数えられません</translation>
    </message>
    <message>
      <source>%1 %2, database %3, table %4</source>
      <translation>%1 %2、データベース %3、テーブル %4</translation>
    </message>
    <message>
      <source>; changes counted by our own writers only, not a Zoho SDK's (the server refused triggers: %1)</source>
      <translation>。変更は自身の書き込みだけでカウントされ、Zoho SDK による変更はカウントされません (サーバーがトリガーを拒否しました: %1)</translation>
    </message>
    <message>
      <source>; changes counted by triggers</source>
      <translation>。変更はトリガーでカウントされます</translation>
    </message>
    <message>
      <source>; not writable: </source>
      <translation>。書き込み不可: </translation>
    </message>
    <message>
      <source>a test insert failed</source>
      <translation>テスト用の挿入に失敗しました</translation>
    </message>
  </context>
  <context>
    <name>SqliteConnection</name>
    <message>
      <source>Qt's SQLite driver is not installed (package libqt6sql6-sqlite)</source>
      <translation>Qt の SQLite ドライバーがインストールされていません (パッケージ libqt6sql6-sqlite)</translation>
    </message>
    <message>
      <source>switched off</source>
      <translation>無効</translation>
    </message>
  </context>
  <context>
    <name>SqliteDriverHandle</name>
    <message>
      <source>cannot tell which library holds Qt's SQLite driver</source>
      <translation>Qt の SQLite ドライバーを含むライブラリを特定できません</translation>
    </message>
    <message>
      <source>cannot look into %1</source>
      <translation>%1 の中を調べられません</translation>
    </message>
    <message>
      <source>%1 uses another copy of SQLite</source>
      <translation>%1 は別の SQLite のコピーを使っています</translation>
    </message>
    <message>
      <source>Qt's SQLite driver gives no SQLite handle</source>
      <translation>Qt の SQLite ドライバーが SQLite のハンドルを返しません</translation>
    </message>
    <message>
      <source>built without SQLite's headers</source>
      <translation>SQLite のヘッダーなしでビルドされています</translation>
    </message>
  </context>
  <context>
    <name>SqliteSchema</name>
    <message>
      <source>cannot read the schema (%1)</source>
      <translation>スキーマを読み取れません (%1)</translation>
    </message>
    <message>
      <source>the database is damaged (PRAGMA quick_check: %1)</source>
      <translation>データベースが破損しています (PRAGMA quick_check: %1)</translation>
    </message>
    <message>
      <source>its oauthtoken is a %1, not a table: not a token store</source>
      <translation>oauthtoken がテーブルではなく %1 です。トークンストアではありません</translation>
    </message>
    <message>
      <source>its oauthtoken is a virtual table, not a plain table: not a token store</source>
      <translation>oauthtoken が通常のテーブルではなく仮想テーブルです。トークンストアではありません</translation>
    </message>
    <message>
      <source>its oauthtoken table has no rowid (WITHOUT ROWID): not a token store</source>
      <translation>oauthtoken テーブルに rowid がありません (WITHOUT ROWID)。トークンストアではありません</translation>
    </message>
    <message>
      <source>its oauthtoken table has no primary key and id %1 is on more than one row</source>
      <translation>oauthtoken テーブルに主キーがなく、ID %1 が複数の行にあります</translation>
    </message>
    <message>
      <source>written by a newer ZCRM Explorer (schema %1; this one knows up to %2)</source>
      <translation>より新しい ZCRM Explorer で書き込まれています (スキーマ %1。このバージョンが扱えるのは %2 まで)</translation>
    </message>
    <message>
      <source>its oauthtoken table does not start with the Zoho SDK's ten columns (it has %1)</source>
      <translation>oauthtoken テーブルの先頭が Zoho SDK の 10 列になっていません (列: %1)</translation>
    </message>
    <message>
      <source>it holds other tables (%1) and no oauthtoken table: not a token store</source>
      <translation>他のテーブル (%1) があり、oauthtoken テーブルがありません。トークンストアではありません</translation>
    </message>
  </context>
  <context>
    <name>SqliteTokenStore</name>
    <message>
      <source>SQLite file; table oauthtoken as the Zoho SDK samples create it (opens their zohooauth.db)</source>
      <translation>SQLite ファイル。Zoho SDK のサンプルが作るものと同じ oauthtoken テーブル (サンプルの zohooauth.db を開けます)</translation>
    </message>
    <message>
      <source>no file named; use sqlite:PATH</source>
      <translation>ファイルが指定されていません。sqlite:PATH の形で指定してください</translation>
    </message>
    <message>
      <source>; nothing was read or written</source>
      <translation>。何も読み書きしていません</translation>
    </message>
    <message>
      <source>cannot create folder %1</source>
      <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
      <source>%1 is a folder</source>
      <translation>%1 はフォルダーです</translation>
    </message>
    <message>
      <source>%1 is a symbolic link to %2, which does not exist; nothing was created</source>
      <translation>%1 は存在しない %2 へのシンボリックリンクです。何も作成していません</translation>
    </message>
    <message>
      <source>cannot create the file: %1</source>
      <translation>ファイルを作成できません: %1</translation>
    </message>
    <message>
      <source>cannot read the file: %1</source>
      <translation>ファイルを読み取れません: %1</translation>
    </message>
    <message>
      <source>not an SQLite database; the file was left as it is</source>
      <translation>SQLite データベースではありません。ファイルには手を加えていません</translation>
    </message>
    <message>
      <source>its pages reserve %1 bytes for an SQLite extension (encryption or checksums) this store does not have; the file was left as it is</source>
      <translation>このファイルのページは、このストアにない SQLite 拡張 (暗号化やチェックサム) のために %1 バイトを予約しています。ファイルには手を加えていません</translation>
    </message>
    <message>
      <source>; the file was left as it is</source>
      <translation>。ファイルには手を加えていません</translation>
    </message>
    <message>
      <source>the file is read-only and its table needs our columns first; the file was left as it is</source>
      <translation>ファイルは読み取り専用ですが、テーブルにはまず独自の列の追加が必要です。ファイルには手を加えていません</translation>
    </message>
    <message>
      <source>statements on SQLite's handle</source>
      <translation>SQLite のハンドルで文を実行</translation>
    </message>
    <message>
      <source>statements through QSqlQuery: </source>
      <translation>QSqlQuery で文を実行: </translation>
    </message>
    <message>
      <source>the database is locked by another process beyond %1 ms; try again</source>
      <translation>データベースが別のプロセスによって %1 ミリ秒を超えてロックされています。もう一度お試しください</translation>
    </message>
    <message>
      <source>the file is read-only (%1)</source>
      <translation>ファイルは読み取り専用です (%1)</translation>
    </message>
    <message>
      <source>the database is damaged (%1); the file was left as it is</source>
      <translation>データベースが破損しています (%1)。ファイルには手を加えていません</translation>
    </message>
    <message>
      <source>cannot open the file (%1)</source>
      <translation>ファイルを開けません (%1)</translation>
    </message>
    <message>
      <source>SQLite error %1: %2</source>
      <translation>SQLite のエラー %1: %2</translation>
    </message>
    <message>
      <source>the file is read-only (no write permission)</source>
      <translation>ファイルは読み取り専用です (書き込み権限がありません)</translation>
    </message>
    <message>
      <source>no token id is left after %1; save it with a free --id</source>
      <translation>%1 の後に使えるトークン ID がありません。空いている --id を指定して保存してください</translation>
    </message>
    <message>
      <source>id %1 is on %2 rows (the table has no primary key); nothing was saved</source>
      <translation>ID %1 が %2 行にあります (テーブルに主キーがありません)。何も保存していません</translation>
    </message>
    <message>
      <source>Given user authentication details not found, and the token has no refresh, grant or access token to store</source>
      <translation>指定されたユーザー認証情報が見つからず、トークンには保存するリフレッシュトークン、グラントトークン、アクセストークンのいずれもありません</translation>
    </message>
    <message>
      <source>no token with id %1</source>
      <translation>ID %1 のトークンはありません</translation>
    </message>
    <message>
      <source>id %1 is on %2 rows (the table has no primary key); nothing was deleted</source>
      <translation>ID %1 が %2 行にあります (テーブルに主キーがありません)。何も削除していません</translation>
    </message>
    <message>
      <source>journal mode %1</source>
      <translation>ジャーナルモード %1</translation>
    </message>
    <message>
      <source>not writable: </source>
      <translation>書き込み不可: </translation>
    </message>
    <message>
      <source>other users may read the file (not 0600)</source>
      <translation>他のユーザーがファイルを読めます (0600 ではありません)</translation>
    </message>
    <message>
      <source>%1 rows cached for this thread</source>
      <translation>このスレッドで %1 行をキャッシュ済み</translation>
    </message>
    <message>
      <source>statements through QSqlQuery (%1)</source>
      <translation>QSqlQuery で文を実行 (%1)</translation>
    </message>
  </context>
  <context>
    <name>StoreRegistry</name>
    <message>
      <source>in this process only, gone when it exits</source>
      <translation>このプロセス内のみ。終了すると消えます</translation>
    </message>
    <message>
      <source>this kind of store takes no password</source>
      <translation>この種類のストアにはパスワードを指定できません</translation>
    </message>
    <message>
      <source>this build has no keychain for database passwords</source>
      <translation>このビルドにはデータベースのパスワード用のキーチェーンがありません</translation>
    </message>
    <message>
      <source>unknown store spec; use one of: %1</source>
      <translation>不明なストア指定です。次のいずれかを使ってください: %1</translation>
    </message>
  </context>
  <context>
    <name>TokenExtrasFile</name>
    <message>
      <source>not a zcrm sidecar file: the first line is not the header id,%1,…</source>
      <translation>zcrm の付随ファイルではありません。1 行目がヘッダー id,%1,… ではありません</translation>
    </message>
    <message>
      <source>%1 fields where the header has %2</source>
      <translation>ヘッダーは %2 列なのにフィールドが %1 個あります</translation>
    </message>
    <message>
      <source>id %1 appears again (first on line %2)</source>
      <translation>ID %1 が再び出現しました (最初は %2 行目)</translation>
    </message>
  </context>
  <context>
    <name>TokenRules</name>
    <message>
      <source>the id is empty</source>
      <translation>ID が空です</translation>
    </message>
    <message>
      <source>the id %1 is not a positive integer below 2^63 (digits only, no sign, spaces or leading zero)</source>
      <translation>ID %1 は 2^63 未満の正の整数ではありません (数字のみ。符号、空白、先頭の 0 は使えません)</translation>
    </message>
    <message>
      <source>%1 %2 is not a time in ms since the epoch up to the year 9999</source>
      <translation>%1 %2 は、エポックからのミリ秒で表した 9999 年までの時刻ではありません</translation>
    </message>
  </context>
  <context>
    <name>TokenService</name>
    <message>
      <source>token %1: %2 access tokens of its refresh token are still valid and Zoho allows %3 (a new one would invalidate the oldest); not asking again for %4 s</source>
      <translation>トークン %1: リフレッシュトークンから発行された %2 個のアクセストークンがまだ有効で、Zoho の上限は %3 個です (新たに発行すると最も古いものが無効になります)。%4 秒間は再要求しません</translation>
    </message>
  </context>
  <context>
    <name>TokenTable</name>
    <message>
      <source>id %1 appears more than once</source>
      <translation>ID %1 が重複しています</translation>
    </message>
    <message>
      <source>Given user authentication details not found, and the token has no refresh, grant or access token to store</source>
      <translation>指定されたユーザー認証情報が見つからず、トークンには保存するリフレッシュトークン、グラントトークン、アクセストークンのいずれもありません</translation>
    </message>
    <message>
      <source>no token id is left after %1; save it with a free --id</source>
      <translation>%1 の後に使えるトークン ID がありません。空いている --id を指定して保存してください</translation>
    </message>
  </context>
</TS>
