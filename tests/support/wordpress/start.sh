#!/usr/bin/env bash
# A real WordPress on loopback for the tests: Debian's wordpress package, MariaDB on a private data
# folder, PHP's built-in server, two application passwords for the admin user.
#
#   usage: [WP_HOST=127.0.0.1] [WP_PORT=8089] [DB_PORT=3307] bash tests/support/wordpress/start.sh STATE_DIR
#
# Prints WP_URL, WP_USER, WP_APP_PASSWORD and WP_APP_PASSWORD_2 lines on stdout (and writes the same
# lines to STATE_DIR/env); everything else goes to stderr. Idempotent: when the instance of STATE_DIR
# is already answering it just prints its env; when it was stopped it is started again on its data.
# Stop it with stop.sh STATE_DIR.
#
# Pretty permalinks are on (a router script sends unknown paths to index.php), so both
# WP_URL/wp-json/... and the fallback WP_URL/?rest_route=/... answer.
#
# Needs root the first time (apt-get when the packages are missing, and the per-instance config file
# in /etc/wordpress, the only place Debian's wp-config.php reads it from).
set -euo pipefail

log() { echo "[wordpress] $*" >&2; }
die() { log "$*"; exit 1; }

[ $# -ge 1 ] || die "usage: start.sh STATE_DIR"
mkdir -p "$1"
STATE=$(cd "$1" && pwd)
HOST=${WP_HOST:-127.0.0.1}
# Debian's wp-config.php picks /etc/wordpress/config-$WORDPRESS_CONFIG.php; one name per state dir
# lets several instances (one per checkout or suite) live side by side on the same host name.
CONFIG_NAME="presswork-$(printf '%s' "$STATE" | md5sum | cut -c1-12)"
CONFIG_FILE="/etc/wordpress/config-$CONFIG_NAME.php"

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null && tr '\0' ' ' <"/proc/$(cat "$1")/cmdline" | grep -qF "$STATE"; }
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
  local p=$1
  for _ in $(seq 200); do
    port_taken "$p" || { echo "$p"; return 0; }
    p=$((p + 1))
  done
  die "no free port from $1 upwards"
}
answering() { curl -sf --max-time 5 "$1/?rest_route=/" -o /dev/null; }
print_env() { cat "$STATE/env"; }

# Test switches, per request: lets the real WordPress answer as a site with application passwords
# turned off would (`X-Presswork-Test: app-passwords-off`). Written on every start so it stays current.
mkdir -p "$STATE/content/mu-plugins"
cat >"$STATE/content/mu-plugins/presswork-test-switches.php" <<'PHP'
<?php
// Written by tests/support/wordpress/start.sh: switches the tests flip with a request header.
if (($_SERVER['HTTP_X_PRESSWORK_TEST'] ?? '') === 'app-passwords-off') {
  add_filter('wp_is_application_passwords_available', '__return_false');
}
PHP

# The Presswork Desk plugin (wordpress/presswork-desk) in every instance; the tests activate it.
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
mkdir -p "$STATE/content/plugins"
rm -rf "$STATE/content/plugins/presswork-desk"
cp -r "$REPO/wordpress/presswork-desk" "$STATE/content/plugins/presswork-desk"

# The tests' stand-ins for site plugins (mu-plugins/: SEO plugins' fields, a byline field), each
# switched on per request by the X-Presswork-Test header, so they are always installed.
cp "$REPO"/tests/support/wordpress/mu-plugins/*.php "$STATE/content/mu-plugins/"

# WordPress 6.1's default theme, which Debian packs apart; the instance's own copy is the active
# theme (the option already names it). The metadata tests read its templates for excerpts.
THEME=/usr/share/wordpress/wp-content/themes/twentytwentythree
# (A fresh instance gets it with the rest of wp-content below.)
copy_theme() {
  if [ -d "$THEME" ] && [ -d "$STATE/content/themes" ] && [ ! -d "$STATE/content/themes/twentytwentythree" ]; then
    cp -r "$THEME" "$STATE/content/themes/"
  fi
}
copy_theme

# Already running and answering: nothing to do.
if [ -f "$STATE/env" ] && alive "$STATE/php.pid" && alive "$STATE/mariadb.pid"; then
  url=$(sed -n 's/^WP_URL=//p' "$STATE/env")
  if answering "$url"; then
    log "already running at $url (state $STATE)"
    print_env
    exit 0
  fi
fi

if ! command -v mariadbd >/dev/null || [ ! -d /usr/share/wordpress ] || ! php -m 2>/dev/null | grep -qi '^mysqli$'; then
  [ "$(id -u)" = 0 ] || die "WordPress, MariaDB and PHP are missing: run this as root (it installs them with apt-get), or set WP_URL, WP_USER and WP_APP_PASSWORD for an existing test site."
  log "installing wordpress mariadb-server php-cli php-mysql php-gd php-xml php-mbstring php-curl with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends wordpress mariadb-server php-cli php-mysql php-gd php-xml php-mbstring php-curl >&2
fi
if [ ! -d "$THEME" ]; then
  if [ "$(id -u)" = 0 ]; then
    log "installing wordpress-theme-twentytwentythree with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq --no-install-recommends wordpress-theme-twentytwentythree >&2 \
      || { apt-get update -qq >&2 && apt-get install -y -qq --no-install-recommends wordpress-theme-twentytwentythree >&2; }
  else
    log "WordPress's default theme is missing (as root: apt-get install wordpress-theme-twentytwentythree); the site then has no theme and the excerpt tests fail"
  fi
fi
[ -w /etc/wordpress ] || [ -f "$CONFIG_FILE" ] || die "/etc/wordpress is not writable: run this as root the first time, or set WP_URL, WP_USER and WP_APP_PASSWORD for an existing test site."

# Leftovers of a half-dead instance of this state dir (ours only: alive() checks the command line).
for pidfile in "$STATE/php.pid" "$STATE/mariadb.pid"; do
  if alive "$pidfile"; then kill "$(cat "$pidfile")" 2>/dev/null || true; fi
done
sleep 0.3

WP_PORT=$(free_port "${WP_PORT:-8089}")
DB_PORT=$(free_port "${DB_PORT:-3307}")
[ "$WP_PORT" != "$DB_PORT" ] || DB_PORT=$(free_port $((DB_PORT + 1)))
URL="http://$HOST:$WP_PORT"
log "state $STATE, WordPress on $URL, MariaDB on 127.0.0.1:$DB_PORT"

mkdir -p "$STATE/content/uploads"
[ -d "$STATE/content/themes" ] || cp -r /usr/share/wordpress/wp-content/. "$STATE/content/"
copy_theme

FRESH_DB=0
if [ ! -d "$STATE/db/mysql" ]; then
  FRESH_DB=1
  mariadb-install-db --user="$(id -un)" --datadir="$STATE/db" --auth-root-authentication-method=normal >"$STATE/mariadb-install.log" 2>&1 \
    || die "mariadb-install-db failed: see $STATE/mariadb-install.log"
fi
rm -f "$STATE/db.sock"
setsid mariadbd --user="$(id -un)" --datadir="$STATE/db" --socket="$STATE/db.sock" --port="$DB_PORT" \
  --pid-file="$STATE/db/mariadbd.pid" --bind-address=127.0.0.1 --skip-networking=0 </dev/null >"$STATE/mariadb.log" 2>&1 &
echo $! >"$STATE/mariadb.pid"
for _ in $(seq 100); do mariadb --socket="$STATE/db.sock" -uroot -e 'select 1' >/dev/null 2>&1 && break; sleep 0.2; done
mariadb --socket="$STATE/db.sock" -uroot -e 'select 1' >/dev/null 2>&1 || die "MariaDB did not start: see $STATE/mariadb.log"
if [ "$FRESH_DB" = 1 ]; then
  mariadb --socket="$STATE/db.sock" -uroot -e "CREATE DATABASE wp; CREATE USER 'wp'@'127.0.0.1' IDENTIFIED BY 'wp'; GRANT ALL ON wp.* TO 'wp'@'127.0.0.1';"
fi

cat >"$CONFIG_FILE" <<PHP
<?php
// Written by tests/support/wordpress/start.sh for the instance in $STATE.
define('DB_NAME', 'wp'); define('DB_USER', 'wp'); define('DB_PASSWORD', 'wp');
define('DB_HOST', '127.0.0.1:$DB_PORT');
define('WP_CONTENT_DIR', '$STATE/content');
define('WP_HOME', '$URL'); define('WP_SITEURL', '$URL');
define('WP_ENVIRONMENT_TYPE', 'local'); // application passwords over plain http need this
// No internet here: outgoing HTTP (update checks, cron loopback) would only stall requests.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
foreach (['AUTH_KEY','SECURE_AUTH_KEY','LOGGED_IN_KEY','NONCE_KEY','AUTH_SALT','SECURE_AUTH_SALT','LOGGED_IN_SALT','NONCE_SALT'] as \$k) define(\$k, '$STATE');
PHP

# PHP's built-in server has no rewrite rules: this router serves static files, maps /wp-content to the
# instance's own content folder, and sends everything else to index.php (pretty permalinks, /wp-json/).
cat >"$STATE/router.php" <<PHP
<?php
\$_SERVER['WORDPRESS_CONFIG'] = '$CONFIG_NAME';
\$path = urldecode(parse_url(\$_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
if (strpos(\$path, '..') !== false) { http_response_code(400); exit; }
\$root = '/usr/share/wordpress';
\$file = str_starts_with(\$path, '/wp-content/') ? '$STATE/content' . substr(\$path, 11) : \$root . \$path;
if (is_dir(\$file) && is_file(rtrim(\$file, '/') . '/index.php')) \$file = rtrim(\$file, '/') . '/index.php';
if (is_file(\$file) && str_ends_with(\$file, '.php')) {
  \$_SERVER['SCRIPT_NAME'] = \$_SERVER['PHP_SELF'] = substr(\$file, strlen(\$root));
  \$_SERVER['SCRIPT_FILENAME'] = \$file;
  chdir(dirname(\$file));
  require \$file;
  return true;
}
if (is_file(\$file)) {
  \$types = ['css' => 'text/css', 'js' => 'application/javascript', 'svg' => 'image/svg+xml', 'json' => 'application/json'];
  \$ext = strtolower(pathinfo(\$file, PATHINFO_EXTENSION));
  header('Content-Type: ' . (\$types[\$ext] ?? (mime_content_type(\$file) ?: 'application/octet-stream')));
  header('Content-Length: ' . filesize(\$file));
  readfile(\$file);
  return true;
}
\$_SERVER['SCRIPT_NAME'] = \$_SERVER['PHP_SELF'] = '/index.php';
\$_SERVER['SCRIPT_FILENAME'] = \$root . '/index.php';
chdir(\$root);
require \$root . '/index.php';
return true;
PHP

if [ "$FRESH_DB" = 1 ] || [ ! -f "$STATE/env" ]; then
  cat >"$STATE/install.php" <<PHP
<?php
\$_SERVER['HTTP_HOST'] = '$HOST:$WP_PORT';
\$_SERVER['WORDPRESS_CONFIG'] = '$CONFIG_NAME';
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
if (!is_blog_installed()) wp_install('Press Xpress (local)', 'admin', 'admin@example.com', true, '', 'adminpass');
update_option('permalink_structure', '/%postname%/');
update_option('timezone_string', 'UTC');
\$user = get_user_by('login', 'admin');
list(\$pw) = WP_Application_Passwords::create_new_application_password(\$user->ID, ['name' => 'tests']);
list(\$pw2) = WP_Application_Passwords::create_new_application_password(\$user->ID, ['name' => 'tests (second workstation)']);
echo "WP_APP_PASSWORD=\$pw\n";
echo "WP_APP_PASSWORD_2=\$pw2\n";
PHP
  out=$(php "$STATE/install.php" 2>>"$STATE/install.log") || die "WordPress install failed: see $STATE/install.log"
  pw=$(printf '%s\n' "$out" | sed -n 's/^WP_APP_PASSWORD=//p')
  pw2=$(printf '%s\n' "$out" | sed -n 's/^WP_APP_PASSWORD_2=//p')
  [ -n "$pw" ] && [ -n "$pw2" ] || die "WordPress install printed no application password: see $STATE/install.log"
else
  pw=$(sed -n 's/^WP_APP_PASSWORD=//p' "$STATE/env")
  pw2=$(sed -n 's/^WP_APP_PASSWORD_2=//p' "$STATE/env")
fi

# Several workers: the app, the tests and a second "workstation" talk to it at the same time.
PHP_CLI_SERVER_WORKERS=${PHP_CLI_SERVER_WORKERS:-4} setsid php -d upload_max_filesize=64M -d post_max_size=64M -d memory_limit=512M \
  -S "127.0.0.1:$WP_PORT" -t /usr/share/wordpress "$STATE/router.php" </dev/null >"$STATE/php.log" 2>&1 &
echo $! >"$STATE/php.pid"
for _ in $(seq 100); do answering "$URL" && break; sleep 0.2; done
answering "$URL" || die "WordPress does not answer on $URL: see $STATE/php.log"

cat >"$STATE/env" <<ENV
WP_URL=$URL
WP_USER=admin
WP_APP_PASSWORD=$pw
WP_APP_PASSWORD_2=$pw2
WP_LOGIN_PASSWORD=adminpass
WP_CONTENT_DIR=$STATE/content
ENV
chmod 600 "$STATE/env"
log "ready at $URL"
print_env
