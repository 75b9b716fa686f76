@echo off
rem Starts the Parley workbench: parley.cmd [-data DIR] [-nl ru^|ro^|pl^|en] [-clean] [-consoleLog]
rem JVM options (e.g. -Dparley.db.url=jdbc:postgresql://HOST/DB for a department's PostgreSQL server)
rem go into the PARLEY_JAVA_OPTS environment variable. Needs Java 21+ (JAVA_HOME, else java on PATH).
setlocal
set "PARLEY_AREA=configuration"
set "PARLEY_FIXED_JVM=-Xmx1g"
set "PARLEY_FIXED_PROGRAM="
call "%~dp0lib\launch.cmd" %*
exit /b %ERRORLEVEL%
