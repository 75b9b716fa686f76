@echo off
rem Shared by parley.cmd and parley-cli.cmd (called with the user's arguments).
rem
rem The product ships without the native Eclipse launcher (it is not on Maven Central), so nothing reads
rem eclipse.ini: this file finds Java 21+, chooses the configuration and workspace areas and starts
rem Equinox through plugins\org.eclipse.equinox.launcher_*.jar.
rem   PARLEY_AREA, PARLEY_FIXED_JVM, PARLEY_FIXED_PROGRAM  set by the calling script
rem   PARLEY_WORKSPACE  workspace (default %USERPROFILE%\parley-workspace); -data DIR also works
rem   PARLEY_JAVA_OPTS  extra JVM options, e.g. -Dparley.db.url=jdbc:postgresql://host/db -Xmx2g
rem The install's configuration folder stays read-only; each program has its own configuration area
rem under %LOCALAPPDATA%\Parley, so parley-cli runs while the workbench is open.
setlocal
for %%i in ("%~dp0..") do set "PARLEY_INSTALL=%%~fi"

set "PARLEY_JAVA="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" call :check_java "%JAVA_HOME%\bin\java.exe"
if not defined PARLEY_JAVA for /f "delims=" %%j in ('where java 2^>nul') do if not defined PARLEY_JAVA call :check_java "%%j"
if not defined PARLEY_JAVA for /d %%d in ("%ProgramFiles%\Eclipse Adoptium\*" "%ProgramFiles%\Java\*" "%ProgramFiles%\Microsoft\jdk-*" "%ProgramFiles%\Zulu\*") do if not defined PARLEY_JAVA if exist "%%~d\bin\java.exe" call :check_java "%%~d\bin\java.exe"
if not defined PARLEY_JAVA (
  echo parley: Parley needs Java 21 or newer. Install a JDK 21+ ^(for example from https://adoptium.net^) and set JAVA_HOME to it. 1>&2
  exit /b 1
)

set "PARLEY_LAUNCHER="
for %%f in ("%PARLEY_INSTALL%\plugins\org.eclipse.equinox.launcher_*.jar") do set "PARLEY_LAUNCHER=%%~ff"
if not defined PARLEY_LAUNCHER (
  echo parley: no Equinox launcher in %PARLEY_INSTALL%\plugins: the installation is incomplete. 1>&2
  exit /b 1
)

if defined PARLEY_WORKSPACE (set "PARLEY_DATA=%PARLEY_WORKSPACE%") else (set "PARLEY_DATA=%USERPROFILE%\parley-workspace")
set "PARLEY_CONFIGURATION=%LOCALAPPDATA%\Parley\%PARLEY_AREA%"
set "PARLEY_UNSAFE="
if %PARLEY_JAVA_MAJOR% GEQ 23 set "PARLEY_UNSAFE=--sun-misc-unsafe-memory-access=allow"

rem A -data given by the user comes later on the command line, and Equinox keeps the last one.
"%PARLEY_JAVA%" -Dosgi.requiredJavaVersion=21 "-Dosgi.sharedConfiguration.area=%PARLEY_INSTALL%\configuration" -Dosgi.configuration.cascaded=true "-Djava.util.logging.config.file=%PARLEY_INSTALL%\lib\logging.properties" --enable-native-access=ALL-UNNAMED %PARLEY_UNSAFE% %PARLEY_FIXED_JVM% %PARLEY_JAVA_OPTS% -jar "%PARLEY_LAUNCHER%" -configuration "%PARLEY_CONFIGURATION%" -data "%PARLEY_DATA%" %PARLEY_FIXED_PROGRAM% %*
exit /b %ERRORLEVEL%

rem Sets PARLEY_JAVA and PARLEY_JAVA_MAJOR if %1 is Java 21 or newer.
:check_java
set "PARLEY_SPEC="
set "PARLEY_SPEC_FILE=%TEMP%\parley-java-%RANDOM%.txt"
"%~1" -XshowSettings:properties -version > "%PARLEY_SPEC_FILE%" 2>&1
for /f "tokens=2 delims==" %%v in ('findstr /c:"java.specification.version" "%PARLEY_SPEC_FILE%"') do set "PARLEY_SPEC=%%v"
del "%PARLEY_SPEC_FILE%" >nul 2>&1
if not defined PARLEY_SPEC exit /b 0
set "PARLEY_SPEC=%PARLEY_SPEC: =%"
for /f "delims=." %%m in ("%PARLEY_SPEC%") do set "PARLEY_MAJOR=%%m"
if "%PARLEY_MAJOR%"=="1" exit /b 0
if %PARLEY_MAJOR% GEQ 21 (
  set "PARLEY_JAVA=%~1"
  set "PARLEY_JAVA_MAJOR=%PARLEY_MAJOR%"
)
exit /b 0
