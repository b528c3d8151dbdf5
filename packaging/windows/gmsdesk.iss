; GMS Desk for Windows: the installer of the one-folder app that packaging/build.py makes with
; PyInstaller (dist\gmsdesk\). packaging/build.py runs this when Inno Setup 6 is installed:
;
;   iscc /DAppVersion=0.1.0 /DSourceDir=dist\gmsdesk /DOutputDir=dist packaging\windows\gmsdesk.iss
;
; -> dist\GMSDesk-0.1.0-setup.exe
;
; Per user, no administrator needed: the program goes to the user's own
; %LOCALAPPDATA%\Programs\GMS Desk, with an entry in the user's own Start menu. Agencies'
; laptops are often managed by someone else; nobody has to be asked for a password.
;
; The data stays. GMS Desk keeps its database, settings, backups and log in the person's data
; folder, %LOCALAPPDATA%\GMSDesk (platformdirs' user data folder; Help > About shows it), which
; is not the program folder above. This installer never writes there and the uninstaller never
; deletes it: nothing under [UninstallDelete] names it, and the uninstaller removes only the
; files this installer put in the program folder. So an upgrade (a newer installer run over the
; old version: the same AppId below) and an uninstall both leave every record where it was; a
; later install finds it again.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=0.1.0 (packaging/build.py does)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\gmsdesk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
; Never change the AppId: it is how an upgrade finds the copy already installed.
AppId={{6F3C2B8E-5D41-4A7B-9C2E-8B1F0D4A7E35}
AppName=GMS Desk
AppVersion={#AppVersion}
AppVerName=GMS Desk {#AppVersion}
AppPublisher=GMS Desk
VersionInfoVersion={#AppVersion}
DefaultDirName={localappdata}\Programs\GMS Desk
DefaultGroupName=GMS Desk
DisableProgramGroupPage=yes
DisableDirPage=auto
; Per user: no elevation prompt, and none may be chosen.
PrivilegesRequired=lowest
UsedUserAreasWarning=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=GMSDesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName=GMS Desk
UninstallDisplayIcon={app}\gmsdesk.exe
; A GMS Desk still open is asked to close before its files are replaced (Restart Manager).
CloseApplications=yes
RestartApplications=no
; The installer's own texts are in English: Inno Setup has no Khmer, Lao, Burmese, Thai or
; Vietnamese translation of them (the app itself asks for the language at first start).

[InstallDelete]
; An upgrade replaces the previous version's libraries as a whole: a file the new version no
; longer ships must not be loaded by it. The program folder only, never the data folder.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Icons]
; {autoprograms} is the user's own Start menu, as the install is per user.
Name: "{autoprograms}\GMS Desk"; Filename: "{app}\gmsdesk.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\GMS Desk"; Filename: "{app}\gmsdesk.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\gmsdesk.exe"; Description: "{cm:LaunchProgram,GMS Desk}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes what [Files] installed and nothing else, so the
; data folder (%LOCALAPPDATA%\GMSDesk) is kept for a later install.
