#!/bin/sh
# The macOS disk image of GMS Desk: the app beside a link to /Applications, to drag it across.
# packaging/build.py runs this on a Mac after PyInstaller made "dist/GMS Desk.app" with the
# BUNDLE step of packaging/gmsdesk.spec (Info.plist keys there):
#
#   sh packaging/macos/make_dmg.sh "dist/GMS Desk.app" dist/GMSDesk-0.1.0-macos-arm64.dmg
#
# The zip beside it is made by packaging/archive.py, or by hand with
#   ditto -c -k --keepParent "dist/GMS Desk.app" dist/gmsdesk-0.1.0-macos-arm64.zip
#
# The app is signed ad hoc only (PyInstaller's default), not with a Developer ID, and not
# notarized: macOS says it cannot check it, and the first start is by Control-click > Open.
# The data folder (~/Library/Application Support/GMSDesk) is outside the app: replacing or
# deleting the app keeps it.
set -eu

app=$1
out=$2
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "$out"
hdiutil create -volname "GMS Desk" -srcfolder "$stage" -fs HFS+ -format UDZO "$out"
