@echo off
rem Runs the built Triad program from a checkout: bin\triad [ARGS...]
setlocal
set "HERE=%~dp0.."
if not exist "%HERE%\app\target\triad.jar" (
  echo Triad is not built yet. Run: mvnw.cmd -q -DskipTests install 1>&2
  exit /b 1
)
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java") else (set "JAVA=java")
"%JAVA%" %TRIAD_JAVA_OPTS% -cp "%HERE%\app\target\triad.jar;%HERE%\app\target\lib\*" org.triadcsr.app.Main %*
exit /b %ERRORLEVEL%
