<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
  <context>
    <name>CollectionStore</name>
    <message>
      <source>not JSON: %1 at byte %2</source>
      <translation>JSON ではありません: %2 バイト目で %1</translation>
    </message>
    <message>
      <source>Saved requests</source>
      <translation>保存したリクエスト</translation>
    </message>
    <message>
      <source>not a ZCRM Explorer collections file</source>
      <translation>ZCRM Explorer のコレクションファイルではありません</translation>
    </message>
  </context>
  <context>
    <name>CollectionsPanel</name>
    <message>
      <source>Sa&amp;ve request</source>
      <translation>リクエストを保存(&amp;V)</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>開く(&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>削除(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
      <source>Saved requests</source>
      <translation>保存したリクエスト</translation>
    </message>
    <message>
      <source>By collection; Enter or double-click opens one in the editor</source>
      <translation>コレクション別。Enter キーかダブルクリックでエディターに開きます</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名前</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>リクエスト</translation>
    </message>
    <message>
      <source>Collection</source>
      <translation>コレクション</translation>
    </message>
    <message>
      <source>My requests</source>
      <translation>マイリクエスト</translation>
    </message>
    <message>
      <source>Name of the saved request</source>
      <translation>保存するリクエストの名前</translation>
    </message>
    <message>
      <source>e.g. Leads from the web</source>
      <translation>例: Web からの見込み客</translation>
    </message>
    <message>
      <source>&amp;Collection:</source>
      <translation>コレクション(&amp;C):</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>名前(&amp;N):</translation>
    </message>
  </context>
  <context>
    <name>CoqlEditor</name>
    <message>
      <source>COQL query</source>
      <translation>COQL クエリ</translation>
    </message>
    <message>
      <source>select … from Module where … limit … offset …; Ctrl+Space completes</source>
      <translation>select … from モジュール where … limit … offset …。Ctrl+Space で補完</translation>
    </message>
    <message>
      <source>select Last_Name, Email from Leads where Lead_Source = 'Web Download' limit 200</source>
      <translation>select Last_Name, Email from Leads where Lead_Source = 'Web Download' limit 200</translation>
    </message>
    <message>
      <source>COQL completions</source>
      <translation>COQL の補完候補</translation>
    </message>
  </context>
  <context>
    <name>ExplorerPage</name>
    <message>
      <source>Copy as c&amp;URL</source>
      <translation>cURL としてコピー(&amp;U)</translation>
    </message>
    <message>
      <source>Copy as &amp;zcrm</source>
      <translation>zcrm としてコピー(&amp;Z)</translation>
    </message>
    <message>
      <source>with the access token</source>
      <translation>アクセストークンを含める</translation>
    </message>
    <message>
      <source>Send Request</source>
      <translation>リクエストの送信</translation>
    </message>
    <message>
      <source>API explorer</source>
      <translation>API エクスプローラー</translation>
    </message>
    <message>
      <source>Org, history and saved requests</source>
      <translation>組織、履歴、保存したリクエスト</translation>
    </message>
    <message>
      <source>&amp;Modules &amp;&amp; fields</source>
      <translation>モジュールと項目(&amp;M)</translation>
    </message>
    <message>
      <source>Histor&amp;y</source>
      <translation>履歴(&amp;Y)</translation>
    </message>
    <message>
      <source>Co&amp;llections</source>
      <translation>コレクション(&amp;L)</translation>
    </message>
    <message>
      <source>Copy as cURL</source>
      <translation>cURL としてコピー</translation>
    </message>
    <message>
      <source>Copy as zcrm command</source>
      <translation>zcrm コマンドとしてコピー</translation>
    </message>
    <message>
      <source>Copy with the access token</source>
      <translation>アクセストークンを含めてコピー</translation>
    </message>
    <message>
      <source>Off: the cURL line reads the token from $%1</source>
      <translation>オフ: cURL のコマンドはトークンを $%1 から読み取ります</translation>
    </message>
    <message>
      <source>Saved “%1”.</source>
      <translation>「%1」を保存しました。</translation>
    </message>
    <message>
      <source>The request could not be saved: %1</source>
      <translation>リクエストを保存できませんでした: %1</translation>
    </message>
    <message>
      <source>Export the Saved Requests</source>
      <translation>保存したリクエストのエクスポート</translation>
    </message>
    <message>
      <source>JSON files (*.json)</source>
      <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
      <source>Saved requests exported to %1.</source>
      <translation>保存したリクエストを %1 にエクスポートしました。</translation>
    </message>
    <message>
      <source>Export failed: %1</source>
      <translation>エクスポートに失敗しました: %1</translation>
    </message>
    <message>
      <source>Import Saved Requests</source>
      <translation>保存したリクエストのインポート</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>すべてのファイル (*)</translation>
    </message>
    <message>
      <source>Saved requests imported: %1.</source>
      <translation>保存したリクエストをインポートしました: %1。</translation>
    </message>
    <message>
      <source>Import stopped: %1</source>
      <translation>インポートを中止しました: %1</translation>
    </message>
    <message>
      <source>no token store is open</source>
      <translation>トークンストアが開かれていません</translation>
    </message>
    <message>
      <source>Reading the org's modules …</source>
      <translation>組織のモジュールを読み込んでいます…</translation>
    </message>
    <message>
      <source>The modules could not be read: %1</source>
      <translation>モジュールを読み込めませんでした: %1</translation>
    </message>
    <message>
      <source>%1 modules, as read before (Refresh reads them again).</source>
      <translation>前回読み込んだモジュール %1 個 (「更新」で読み込み直します)。</translation>
    </message>
    <message>
      <source>%1 modules in this org.</source>
      <translation>この組織のモジュール: %1 個。</translation>
    </message>
    <message>
      <source>The fields of %1 could not be read: %2</source>
      <translation>%1 の項目を読み込めませんでした: %2</translation>
    </message>
    <message>
      <source>%1: %2 fields. Double-click the module for a list request.</source>
      <translation>%1: 項目 %2 個。モジュールをダブルクリックすると一覧のリクエストを作成します。</translation>
    </message>
    <message>
      <source>records %1–%2</source>
      <translation>レコード %1～%2</translation>
    </message>
    <message>
      <source>%1 records</source>
      <translation>レコード %1 件</translation>
    </message>
    <message>
      <source>Fetch All Pages and Export</source>
      <translation>全ページの取得とエクスポート</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
      <source>cURL line copied; it reads the token from $%1.</source>
      <translation>cURL のコマンドをコピーしました。トークンは $%1 から読み取ります。</translation>
    </message>
    <message>
      <source>No access token to copy: %1</source>
      <translation>コピーするアクセストークンがありません: %1</translation>
    </message>
    <message>
      <source>cURL line copied with the access token: treat it as a secret.</source>
      <translation>アクセストークンを含む cURL のコマンドをコピーしました。秘密情報として扱ってください。</translation>
    </message>
    <message>
      <source>zcrm command copied.</source>
      <translation>zcrm コマンドをコピーしました。</translation>
    </message>
  </context>
  <context>
    <name>ExplorerSession</name>
    <message>
      <source>no token source</source>
      <translation>トークンの取得元がありません</translation>
    </message>
  </context>
  <context>
    <name>ExplorerWorker</name>
    <message>
      <source>no history file is set</source>
      <translation>履歴ファイルが設定されていません</translation>
    </message>
    <message>
      <source>the export file cannot be written: %1</source>
      <translation>エクスポートファイルに書き込めません: %1</translation>
    </message>
    <message>
      <source>the file is larger than 64 MB</source>
      <translation>ファイルが 64 MB を超えています</translation>
    </message>
  </context>
  <context>
    <name>FieldTableModel</name>
    <message>
      <source>read-only</source>
      <translation>読み取り専用</translation>
    </message>
    <message>
      <source>mandatory</source>
      <translation>必須</translation>
    </message>
    <message>
      <source>API name</source>
      <translation>API 名</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>表示名</translation>
    </message>
    <message>
      <source>Data type</source>
      <translation>データ型</translation>
    </message>
    <message>
      <source>Read-only</source>
      <translation>読み取り専用</translation>
    </message>
    <message>
      <source>Mandatory</source>
      <translation>必須</translation>
    </message>
    <message>
      <source>Picklist values</source>
      <translation>選択リストの値</translation>
    </message>
    <message>
      <source>Lookup</source>
      <translation>参照</translation>
    </message>
  </context>
  <context>
    <name>HistoryPanel</name>
    <message>
      <source>&amp;Replay</source>
      <translation>再実行(&amp;R)</translation>
    </message>
    <message>
      <source>Clear history</source>
      <translation>履歴を消去</translation>
    </message>
    <message>
      <source>Search the history</source>
      <translation>履歴を検索</translation>
    </message>
    <message>
      <source>Search method, path, parameters, outcome</source>
      <translation>メソッド、パス、パラメーター、結果を検索</translation>
    </message>
    <message>
      <source>History</source>
      <translation>履歴</translation>
    </message>
    <message>
      <source>Enter or double-click replays a request into the editor</source>
      <translation>Enter キーかダブルクリックでリクエストをエディターに再現します</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>送信日時</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>リクエスト</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>結果</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>時間</translation>
    </message>
    <message>
      <source>Replay the request</source>
      <translation>リクエストを再実行</translation>
    </message>
    <message>
      <source>Clear the history</source>
      <translation>履歴を消去</translation>
    </message>
    <message>
      <source>%1 ms</source>
      <translation>%1 ミリ秒</translation>
    </message>
  </context>
  <context>
    <name>JsonBodyEditor</name>
    <message>
      <source>Request body (JSON)</source>
      <translation>リクエストの本文 (JSON)</translation>
    </message>
    <message>
      <source>Checked as you type; errors are named below with line and column</source>
      <translation>入力中にチェックされ、エラーは下に行と列で示されます</translation>
    </message>
    <message>
      <source>{"data": [{"Last_Name": "Smith"}]}</source>
      <translation>{"data": [{"Last_Name": "Smith"}]}</translation>
    </message>
    <message>
      <source>Body check</source>
      <translation>本文のチェック</translation>
    </message>
    <message>
      <source>No body.</source>
      <translation>本文なし。</translation>
    </message>
    <message>
      <source>Valid JSON.</source>
      <translation>有効な JSON です。</translation>
    </message>
    <message>
      <source>Not valid JSON: %1 at line %2, column %3.</source>
      <translation>有効な JSON ではありません: %2 行 %3 列目で %1。</translation>
    </message>
  </context>
  <context>
    <name>JsonTreeModel</name>
    <message numerus="yes">
      <source>{%n key(s)}</source>
      <translation>
        <numerusform>{%n 個のキー}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>[%n item(s)]</source>
      <translation>
        <numerusform>[%n 個の要素]</numerusform>
      </translation>
    </message>
    <message>
      <source>Key</source>
      <translation>キー</translation>
    </message>
    <message>
      <source>{1 key}</source>
      <translation>{キー 1 個}</translation>
    </message>
    <message>
      <source>{%1 keys}</source>
      <translation>{キー %1 個}</translation>
    </message>
    <message>
      <source>[1 item]</source>
      <translation>[要素 1 個]</translation>
    </message>
    <message>
      <source>[%1 items]</source>
      <translation>[要素 %1 個]</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>値</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>型</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Pages</source>
      <translation>ページ</translation>
    </message>
    <message>
      <source>API explorer</source>
      <translation>API エクスプローラー</translation>
    </message>
    <message>
      <source>Show the tokens</source>
      <translation>トークンを表示</translation>
    </message>
    <message>
      <source>&amp;API explorer</source>
      <translation>API エクスプローラー(&amp;A)</translation>
    </message>
    <message>
      <source>Call the CRM API with a stored token</source>
      <translation>保存したトークンで CRM API を呼び出す</translation>
    </message>
    <message>
      <source>&amp;Explorer</source>
      <translation>エクスプローラー(&amp;E)</translation>
    </message>
  </context>
  <context>
    <name>ModuleTableModel</name>
    <message>
      <source>yes</source>
      <translation>はい</translation>
    </message>
    <message>
      <source>no</source>
      <translation>いいえ</translation>
    </message>
    <message>
      <source>custom</source>
      <translation>カスタム</translation>
    </message>
    <message>
      <source>standard</source>
      <translation>標準</translation>
    </message>
    <message>
      <source>API name</source>
      <translation>API 名</translation>
    </message>
    <message>
      <source>Singular</source>
      <translation>単数形</translation>
    </message>
    <message>
      <source>Plural</source>
      <translation>複数形</translation>
    </message>
    <message>
      <source>Creatable</source>
      <translation>作成可</translation>
    </message>
    <message>
      <source>Editable</source>
      <translation>編集可</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>種類</translation>
    </message>
  </context>
  <context>
    <name>OrgBrowser</name>
    <message>
      <source>Re&amp;fresh</source>
      <translation>更新(&amp;F)</translation>
    </message>
    <message>
      <source>Modules</source>
      <translation>モジュール</translation>
    </message>
    <message>
      <source>Double-click or Enter builds a list request with the module's fields</source>
      <translation>ダブルクリックか Enter キーで、モジュールの項目を使った一覧のリクエストを作成します</translation>
    </message>
    <message>
      <source>Fields</source>
      <translation>項目</translation>
    </message>
    <message>
      <source>Filter fields</source>
      <translation>項目を絞り込み</translation>
    </message>
    <message>
      <source>Org schema state</source>
      <translation>組織のスキーマの状態</translation>
    </message>
    <message>
      <source>Refresh modules and fields</source>
      <translation>モジュールと項目を更新</translation>
    </message>
    <message>
      <source>Choose a token to see its org's modules.</source>
      <translation>トークンを選ぶと、その組織のモジュールが表示されます。</translation>
    </message>
  </context>
  <context>
    <name>QueryParameterDelegate</name>
    <message>
      <source>Parameter name</source>
      <translation>パラメーター名</translation>
    </message>
    <message>
      <source>Value of %1</source>
      <translation>%1 の値</translation>
    </message>
    <message>
      <source>Suggestions</source>
      <translation>候補</translation>
    </message>
  </context>
  <context>
    <name>RequestEditor</name>
    <message>
      <source>&amp;Send</source>
      <translation>送信(&amp;S)</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>メソッド</translation>
    </message>
    <message>
      <source>Path</source>
      <translation>パス</translation>
    </message>
    <message>
      <source>Below /crm/v8/, e.g. Leads or settings/fields; completes CRM v8 endpoints and the org's modules</source>
      <translation>/crm/v8/ 以下 (例: Leads、settings/fields)。CRM v8 のエンドポイントと組織のモジュールを補完します</translation>
    </message>
    <message>
      <source>Leads, settings/modules, coql …</source>
      <translation>Leads、settings/modules、coql …</translation>
    </message>
    <message>
      <source>Token</source>
      <translation>トークン</translation>
    </message>
    <message>
      <source>The stored token that signs the request: its user and data center</source>
      <translation>リクエストに使う保存済みトークン (ユーザーとデータセンター)</translation>
    </message>
    <message>
      <source> s</source>
      <translation> 秒</translation>
    </message>
    <message>
      <source>Timeout</source>
      <translation>タイムアウト</translation>
    </message>
    <message>
      <source>Timeout per attempt</source>
      <translation>1 回あたりのタイムアウト</translation>
    </message>
    <message>
      <source>Timeout in seconds</source>
      <translation>タイムアウト (秒)</translation>
    </message>
    <message>
      <source>Send</source>
      <translation>送信</translation>
    </message>
    <message>
      <source>Send the request (Ctrl+Return)</source>
      <translation>リクエストを送信 (Ctrl+Return)</translation>
    </message>
    <message>
      <source>Cancel the request</source>
      <translation>リクエストをキャンセル</translation>
    </message>
    <message>
      <source>Endpoint</source>
      <translation>エンドポイント</translation>
    </message>
    <message>
      <source>Query parameters</source>
      <translation>クエリパラメーター</translation>
    </message>
    <message>
      <source>Name and value per row; names and values complete as you type</source>
      <translation>1 行に名前と値を 1 組。名前と値は入力中に補完されます</translation>
    </message>
    <message>
      <source>Parameter</source>
      <translation>パラメーター</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>値</translation>
    </message>
    <message>
      <source>Request parts</source>
      <translation>リクエストの構成</translation>
    </message>
    <message>
      <source>&amp;Parameters</source>
      <translation>パラメーター(&amp;P)</translation>
    </message>
    <message>
      <source>&amp;Body</source>
      <translation>本文(&amp;B)</translation>
    </message>
    <message>
      <source>C&amp;OQL</source>
      <translation>COQL(&amp;O)</translation>
    </message>
    <message>
      <source>Type a path; Ctrl+Return sends.</source>
      <translation>パスを入力してください。Ctrl+Return で送信します。</translation>
    </message>
    <message>
      <source>%1 — /crm/v8/%2</source>
      <translation>%1 — /crm/v8/%2</translation>
    </message>
    <message>
      <source>Not a CRM v8 endpoint the explorer knows; it is sent as written.</source>
      <translation>エクスプローラーが知らない CRM v8 のエンドポイントです。入力どおりに送信します。</translation>
    </message>
    <message>
      <source>Give a path, e.g. Leads.</source>
      <translation>パスを指定してください (例: Leads)。</translation>
    </message>
    <message>
      <source>Choose the token to sign the request with.</source>
      <translation>リクエストに使うトークンを選んでください。</translation>
    </message>
    <message>
      <source>Write the COQL query (select … from …).</source>
      <translation>COQL クエリを入力してください (select … from …)。</translation>
    </message>
    <message>
      <source>(no user name)</source>
      <translation>(ユーザー名なし)</translation>
    </message>
    <message>
      <source>custom</source>
      <translation>カスタム</translation>
    </message>
    <message>
      <source>%1, data center %2, %3</source>
      <translation>%1、データセンター %2、%3</translation>
    </message>
  </context>
  <context>
    <name>ResponseExplanation</name>
    <message>
      <source>Zoho asks to wait %1 s before the next call (Retry-After).</source>
      <translation>Zoho から、次の呼び出しまで %1 秒待つよう求められています (Retry-After)。</translation>
    </message>
    <message>
      <source>The rate-limit window resets at %1; try again then.</source>
      <translation>レート制限の時間枠は %1 にリセットされます。その後にもう一度お試しください。</translation>
    </message>
    <message>
      <source>Zoho names no time: wait a minute before trying again, and fewer calls at once (the limit counts concurrent calls and API credits per 24 h).</source>
      <translation>Zoho は待ち時間を示していません。1 分待ってから再試行し、同時に送る呼び出しを減らしてください (制限は同時呼び出し数と 24 時間あたりの API クレジットで数えられます)。</translation>
    </message>
    <message>
      <source>Zoho rejected the access token (401 INVALID_TOKEN): it was refreshed and the call sent again.</source>
      <translation>Zoho がアクセストークンを拒否しました (401 INVALID_TOKEN)。トークンを更新して呼び出しを再送しました。</translation>
    </message>
    <message>
      <source>%1 of %2 records failed</source>
      <translation>%2 件中 %1 件のレコードが失敗しました</translation>
    </message>
    <message>
      <source>record %1: %2 %3%4</source>
      <translation>レコード %1: %2 %3%4</translation>
    </message>
    <message>
      <source>Zoho CRM answered HTTP %1: %2</source>
      <translation>Zoho CRM が HTTP %1 を返しました: %2</translation>
    </message>
    <message>
      <source>Zoho CRM answered HTTP %1 %2: %3</source>
      <translation>Zoho CRM が HTTP %1 %2 を返しました: %3</translation>
    </message>
    <message>
      <source>A fault on Zoho's side: try again in a few seconds.</source>
      <translation>Zoho 側の障害です。数秒後にもう一度お試しください。</translation>
    </message>
    <message>
      <source>The token lacks the scope this call needs: sign in again with it.</source>
      <translation>このトークンには、この呼び出しに必要なスコープがありません。そのスコープを指定してもう一度サインインしてください。</translation>
    </message>
    <message>
      <source>The token was refused even after a refresh: sign in again.</source>
      <translation>更新後もトークンが拒否されました。もう一度サインインしてください。</translation>
    </message>
    <message>
      <source>No answer from Zoho: %1</source>
      <translation>Zoho から応答がありません: %1</translation>
    </message>
    <message>
      <source>Check the network; it is safe to try again in a few seconds.</source>
      <translation>ネットワークを確認してください。数秒後に再試行しても問題ありません。</translation>
    </message>
    <message>
      <source>No complete answer in time: %1</source>
      <translation>時間内に完全な応答がありませんでした: %1</translation>
    </message>
    <message>
      <source>Try again, or give the request a longer timeout. A write may have been done: look before sending it again.</source>
      <translation>もう一度試すか、リクエストのタイムアウトを長くしてください。書き込みが行われた可能性があるため、再送する前に確認してください。</translation>
    </message>
    <message>
      <source>No usable access token: %1</source>
      <translation>使えるアクセストークンがありません: %1</translation>
    </message>
    <message>
      <source>The refresh token is no longer valid: sign in again.</source>
      <translation>リフレッシュトークンが無効になりました。もう一度サインインしてください。</translation>
    </message>
    <message>
      <source>Zoho Accounts did not answer: try again in a few seconds.</source>
      <translation>Zoho Accounts から応答がありません。数秒後にもう一度お試しください。</translation>
    </message>
    <message>
      <source>The answer is not what Zoho CRM sends: %1</source>
      <translation>応答が Zoho CRM の送る形式ではありません: %1</translation>
    </message>
    <message>
      <source>Try again; if it stays so, the raw view shows what came.</source>
      <translation>もう一度お試しください。解決しない場合は、生データの表示で受信内容を確認できます。</translation>
    </message>
    <message>
      <source>Cancelled.</source>
      <translation>キャンセルしました。</translation>
    </message>
  </context>
  <context>
    <name>ResponseView</name>
    <message>
      <source>Find &amp;next</source>
      <translation>次を検索(&amp;N)</translation>
    </message>
    <message>
      <source>Copy &amp;value</source>
      <translation>値をコピー(&amp;V)</translation>
    </message>
    <message>
      <source>Copy JSON &amp;path</source>
      <translation>JSON パスをコピー(&amp;P)</translation>
    </message>
    <message>
      <source>◀ Pre&amp;vious</source>
      <translation>◀ 前へ(&amp;V)</translation>
    </message>
    <message>
      <source>Ne&amp;xt ▶</source>
      <translation>次へ(&amp;X) ▶</translation>
    </message>
    <message>
      <source>Fetch &amp;all &amp;&amp; export…</source>
      <translation>すべて取得してエクスポート(&amp;A)…</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>中止</translation>
    </message>
    <message>
      <source>Response status</source>
      <translation>応答のステータス</translation>
    </message>
    <message>
      <source>Rate limit and API credits</source>
      <translation>レート制限と API クレジット</translation>
    </message>
    <message>
      <source>What Zoho said</source>
      <translation>Zoho からのメッセージ</translation>
    </message>
    <message>
      <source>Response as a tree</source>
      <translation>ツリー表示の応答</translation>
    </message>
    <message>
      <source>Expand a node to see its children; Ctrl+C copies the value, Ctrl+Shift+C its JSON path</source>
      <translation>ノードを展開すると子要素が表示されます。Ctrl+C で値を、Ctrl+Shift+C で JSON パスをコピーします</translation>
    </message>
    <message>
      <source>Copy value</source>
      <translation>値をコピー</translation>
    </message>
    <message>
      <source>Copy JSON path</source>
      <translation>JSON パスをコピー</translation>
    </message>
    <message>
      <source>Response as text</source>
      <translation>テキスト表示の応答</translation>
    </message>
    <message>
      <source>Response headers</source>
      <translation>応答ヘッダー</translation>
    </message>
    <message>
      <source>Response views</source>
      <translation>応答の表示</translation>
    </message>
    <message>
      <source>&amp;Tree</source>
      <translation>ツリー(&amp;T)</translation>
    </message>
    <message>
      <source>&amp;Raw</source>
      <translation>生データ(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Headers</source>
      <translation>ヘッダー(&amp;H)</translation>
    </message>
    <message>
      <source>Find in the response</source>
      <translation>応答内を検索</translation>
    </message>
    <message>
      <source>Find in the response (Ctrl+F, F3 for the next)</source>
      <translation>応答内を検索 (Ctrl+F、次を検索は F3)</translation>
    </message>
    <message>
      <source>Find next</source>
      <translation>次を検索</translation>
    </message>
    <message>
      <source>Previous page</source>
      <translation>前のページ</translation>
    </message>
    <message>
      <source>Next page</source>
      <translation>次のページ</translation>
    </message>
    <message>
      <source>Records shown</source>
      <translation>表示中のレコード</translation>
    </message>
    <message>
      <source>Fetch all pages and export</source>
      <translation>全ページを取得してエクスポート</translation>
    </message>
    <message>
      <source>Fetch every page and write the records to a CSV or JSON file as they come</source>
      <translation>すべてのページを取得し、届いた順にレコードを CSV または JSON ファイルに書き出します</translation>
    </message>
    <message>
      <source>Stop fetching</source>
      <translation>取得を中止</translation>
    </message>
    <message>
      <source>Fetch progress</source>
      <translation>取得の進行状況</translation>
    </message>
    <message>
      <source>No response yet: send a request.</source>
      <translation>まだ応答はありません。リクエストを送信してください。</translation>
    </message>
    <message>
      <source>Sending %1 …</source>
      <translation>%1 を送信しています…</translation>
    </message>
    <message>
      <source>%1 %2 · %3 ms · %4</source>
      <translation>%1 %2 · %3 ミリ秒 · %4</translation>
    </message>
    <message>
      <source>No answer · %1 ms</source>
      <translation>応答なし · %1 ミリ秒</translation>
    </message>
    <message>
      <source>Limits: %1</source>
      <translation>制限: %1</translation>
    </message>
    <message>
      <source>

… the text is cut at %1; the tree holds all of it.</source>
      <translation>

… テキストは %1 で切り捨てています。ツリーにはすべて含まれます。</translation>
    </message>
    <message>
      <source>Starting …</source>
      <translation>開始しています…</translation>
    </message>
    <message>
      <source>%1 records on %2 pages</source>
      <translation>%2 ページでレコード %1 件</translation>
    </message>
    <message>
      <source>Fetched %1 records on %2 pages in %3 s.</source>
      <translation>%2 ページ、レコード %1 件を %3 秒で取得しました。</translation>
    </message>
    <message>
      <source>Stopped: %1</source>
      <translation>中止しました: %1</translation>
    </message>
    <message>
      <source>Stopped by an error: %1 %2</source>
      <translation>エラーで中止しました: %1 %2</translation>
    </message>
    <message>
      <source>Written to %1: a complete file of what was fetched.</source>
      <translation>%1 に書き出しました。取得した内容をすべて含む完全なファイルです。</translation>
    </message>
    <message>
      <source>The file could not be written (%1); nothing was left behind.</source>
      <translation>ファイルを書き込めませんでした (%1)。途中のファイルは残っていません。</translation>
    </message>
    <message>
      <source>Nothing was fetched, so no file was written.</source>
      <translation>何も取得しなかったため、ファイルは書き込んでいません。</translation>
    </message>
  </context>
</TS>
