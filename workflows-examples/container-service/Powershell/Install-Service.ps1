# Installs the provisioning agent on a Windows guest. Shipped in the Windows ISO under \scripts and served by the
# container service, for the first-logon script or an operator to run.
#Requires -Version 5.1
[CmdletBinding()]
param(
    [string] $ServiceUrl = 'http://provisioning.internal:8000'
)
$ErrorActionPreference = 'Stop'

$ServiceVersion = '1.4.0'

function Write-Log([string] $Message) {
    Write-Host ("{0:u} provision[{1}]: {2}" -f (Get-Date).ToUniversalTime(), $ServiceVersion, $Message)
}

Write-Log 'enabling remote management'
Enable-PSRemoting -Force -SkipNetworkProfileCheck
Set-Item -Path WSMan:\localhost\Service\AllowUnencrypted -Value $false

Write-Log 'fetching the bundle checksums'
$sums = Join-Path $env:TEMP 'SHA256SUMS'
Invoke-WebRequest -UseBasicParsing -Uri "$ServiceUrl/SHA256SUMS" -OutFile $sums

Set-Content -Path 'C:\ProgramData\provisioned-by.txt' -Value $ServiceVersion
Write-Log 'done'
