#include "keychainlogging.h"

Q_LOGGING_CATEGORY(lcKeychainStore, "zcrm.stores.keychain", QtInfoMsg)
