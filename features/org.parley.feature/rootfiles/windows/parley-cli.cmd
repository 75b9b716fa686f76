@echo off
rem Parley's command line, headless: parley-cli.cmd [-data DIR] COMMAND [ARGUMENTS...], e.g. parley-cli.cmd db info
rem The exit code is the command's. JVM options go into PARLEY_JAVA_OPTS (see parley.cmd).
setlocal
set "PARLEY_AREA=cli-configuration"
set "PARLEY_FIXED_JVM=-Xmx512m -Djava.awt.headless=true"
set "PARLEY_FIXED_PROGRAM=-nosplash -application org.parley.cli.app"
call "%~dp0lib\launch.cmd" %*
exit /b %ERRORLEVEL%
