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
      <source>not a ZCRM Explorer collections file</source>
      <translation>ZCRM Explorer のコレクションファイルではありません</translation>
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
      <source>Value</source>
      <translation>値</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>型</translation>
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
</TS>
