#!/usr/bin/env python3
"""An independent reader and writer of zohooauth.db files, for the SQLite store's tests.

It behaves as the Zoho SDK's Kaizen sample store (samples/custom_store/custom_store_sqlite.py) is
described in shared/reference/zoho-sdk-token-stores.md §5 and §9: the MySQL-style DDL, a new
connection per call, `select * ... limit 1` read by column position 0-9, values pasted into the
SQL, `max(id)` on the varchar column for a new id, `update ... limit 1`. Written from that
description; no SDK code. Output is JSON, so that the C++ test compares exact strings.

  create PATH N                  the sample's table with N rows (ids "1".."N")
  find-user PATH NAME...         the sample's find_token by user name, for each name: columns 0-9
                                 or null
  find-id PATH ID...             the sample's find_token_by_id, for each id: columns 0-9 or null
  save PATH USER REFRESH ACCESS [CLIENT]
                                 the sample's save_token: update by user name, else insert with
                                 max(id) + 1; prints the id it used
  dump PATH                      every row's columns 0-9 and typeof(id), in rowid order
  schema PATH                    table_info of oauthtoken, indexes, tables, user_version
  first-format PATH N            a file in our first format (schema 1): the sample's table with
                                 our columns, indexes, PRAGMA user_version = 1, zcrm_meta
  set-version PATH N             writes version N into our zcrm_schema table
  lock PATH                      holds an exclusive lock (rollback journal) until stdin closes
"""
import json
import sqlite3
import sys

DDL = ("create table oauthtoken(id varchar(10) NOT NULL, user_name varchar(255), client_id varchar(255), "
       "client_secret varchar(255), refresh_token varchar(255), access_token varchar(255), "
       "grant_token varchar(255), expiry_time varchar(20), redirect_url varchar(255), "
       "api_domain varchar(255), primary key (id))")
COLUMNS = ("id,user_name,client_id,client_secret,refresh_token,access_token,grant_token,expiry_time,"
           "redirect_url,api_domain")


def quoted(value):
    # The sample pastes values between quotes; doubling quotes keeps this reader usable with them.
    return "null" if value is None else "'" + str(value).replace("'", "''") + "'"


def sdk_columns(row):
    return None if row is None else list(row[0:10])


def connect(path):
    return sqlite3.connect(path, timeout=5)


def create(path, count):
    db = connect(path)
    db.execute(DDL)
    for i in range(1, count + 1):
        values = [str(i), "sdk%d@example.com" % i, "1000.SAMPLECLIENT", "sample-secret",
                  "1000.refresh.sdk%d" % i, "1000.access.sdk%d" % i, None, "1795871772151",
                  "http://localhost/callback", "https://www.zohoapis.com"]
        db.execute("insert into oauthtoken (" + COLUMNS + ") values (" + ",".join(map(quoted, values)) + ")")
    db.commit()


def find_user(path, name):
    db = connect(path)
    row = db.execute("select * from oauthtoken where user_name=" + quoted(name) + " limit 1").fetchone()
    return sdk_columns(row)


def find_id(path, token_id):
    db = connect(path)
    row = db.execute("select * from oauthtoken where id=" + quoted(token_id)).fetchone()
    return sdk_columns(row)


def save(path, user, refresh, access, client="1000.SAMPLECLIENT"):
    db = connect(path)
    values = {"user_name": user, "client_id": client, "client_secret": "sample-secret",
              "refresh_token": refresh, "access_token": access, "expiry_time": "1795871799999",
              "api_domain": "https://www.zohoapis.com"}
    assignments = ",".join(k + "=" + quoted(v) for k, v in values.items())
    cursor = db.execute("update oauthtoken set " + assignments + " where user_name=" + quoted(user) + " limit 1")
    if cursor.rowcount <= 0:
        largest = db.execute("select max(id) as id from oauthtoken").fetchone()[0]
        new_id = str(int(largest) + 1 if largest is not None else 1)
        row = [new_id, user, values["client_id"], values["client_secret"], refresh, access, None,
               values["expiry_time"], None, values["api_domain"]]
        db.execute("insert into oauthtoken (" + COLUMNS + ") values (" + ",".join(map(quoted, row)) + ")")
    else:
        new_id = db.execute("select id from oauthtoken where user_name=" + quoted(user) + " limit 1").fetchone()[0]
    db.commit()
    return new_id


def dump(path):
    db = connect(path)
    return [{"columns": list(row[1:11]), "id_type": row[0]}
            for row in db.execute("select typeof(id), * from oauthtoken order by rowid")]


def schema(path):
    db = connect(path)
    return {
        "columns": [[r[1], r[2], r[5]] for r in db.execute("pragma table_info(oauthtoken)")],
        "indexes": sorted(r[0] for r in db.execute("select name from sqlite_master where type='index'")),
        "tables": sorted(r[0] for r in db.execute("select name from sqlite_master where type='table'")),
        "user_version": db.execute("pragma user_version").fetchone()[0],
        "journal_mode": db.execute("pragma journal_mode").fetchone()[0],
    }


def first_format(path, count):
    create(path, count)
    db = connect(path)
    for name, kind in [("accounts_server", "TEXT"), ("scopes", "TEXT"), ("data_center", "TEXT"),
                       ("environment", "TEXT"), ("created_at", "INTEGER"), ("updated_at", "INTEGER"),
                       ("state", "TEXT"), ("last_error", "TEXT"), ("lease_owner", "TEXT"),
                       ("lease_until", "INTEGER")]:
        db.execute("alter table oauthtoken add column %s %s" % (name, kind))
    for column in ["user_name", "refresh_token", "access_token", "grant_token"]:
        db.execute("create index if not exists oauthtoken_%s on oauthtoken (%s)" % (column, column))
    db.execute("create table if not exists zcrm_meta (key TEXT PRIMARY KEY, value INTEGER)")
    db.execute("insert or replace into zcrm_meta (key, value) select 'next_id', "
               "coalesce(max(cast(id as integer)), 0) + 1 from oauthtoken")
    db.execute("pragma user_version = 1")
    db.commit()
    db.execute("pragma journal_mode = wal")


def set_version(path, version):
    db = connect(path)
    db.execute("update zcrm_schema set version = %d where name = 'oauthtoken'" % version)
    db.commit()


def lock(path):
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("begin exclusive")
    print(json.dumps("locked"), flush=True)
    sys.stdin.read()
    db.execute("rollback")
    return "released"


def main(argv):
    command, path = argv[1], argv[2]
    args = argv[3:]
    if command == "create":
        result = create(path, int(args[0]))
    elif command == "find-user":
        result = [find_user(path, name) for name in args]
    elif command == "find-id":
        result = [find_id(path, token_id) for token_id in args]
    elif command == "save":
        result = save(path, *args)
    elif command == "dump":
        result = dump(path)
    elif command == "schema":
        result = schema(path)
    elif command == "first-format":
        result = first_format(path, int(args[0]))
    elif command == "set-version":
        result = set_version(path, int(args[0]))
    elif command == "lock":
        result = lock(path)
    else:
        raise SystemExit("unknown command " + command)
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv)
