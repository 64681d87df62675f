#!/bin/sh
# The baseline of bench_apipaging: every page of one CRM module with curl in a shell loop, exactly as
# CrmPager asks for them: per_page=200, page=1..10 (the first 2,000 records), then page_token from
# info.next_page_token until more_records is false. One curl process per page, bodies appended to OUT.
# usage: curl-pages.sh API_DOMAIN ACCESS_TOKEN MODULE FIELDS OUT
set -eu
api=$1 token=$2 module=$3 fields=$4 out=$5
per_page=200
: > "$out"
page=1
page_token=
while :; do
    if [ -z "$page_token" ]; then
        query="page=$page"
    else
        query="page_token=$page_token"
    fi
    body=$(curl -sS --fail-with-body -H "Authorization: Zoho-oauthtoken $token" \
        "$api/crm/v8/$module?fields=$fields&per_page=$per_page&$query")
    printf '%s\n' "$body" >> "$out"
    case $body in
        *'"more_records":true'*) ;;
        *) break ;;
    esac
    if [ -z "$page_token" ] && [ $(((page + 1) * per_page)) -le 2000 ]; then
        page=$((page + 1))
        continue
    fi
    page_token=$(printf '%s' "$body" | sed -n 's/.*"next_page_token":"\([^"]*\)".*/\1/p')
    if [ -z "$page_token" ]; then
        echo "curl-pages.sh: more_records but no next_page_token" >&2
        exit 1
    fi
done
