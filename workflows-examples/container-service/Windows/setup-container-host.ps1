# First-logon configuration of a Windows container host: the Containers feature, WinRM for provisioning, the service.
$ErrorActionPreference = 'Stop'

Write-Host 'Enabling the Containers feature'
Install-WindowsFeature -Name Containers -IncludeManagementTools | Out-Null

Write-Host 'Enabling WinRM for the provisioner'
Enable-PSRemoting -Force -SkipNetworkProfileCheck
Set-Item -Path WSMan:\localhost\Service\AllowUnencrypted -Value $false
New-NetFirewallRule -DisplayName 'WinRM HTTPS' -Direction Inbound -Protocol TCP -LocalPort 5986 -Action Allow | Out-Null

$version = Get-Content -Path (Join-Path $PSScriptRoot 'version') -ErrorAction SilentlyContinue
Write-Host "container-service provisioning $version done; restarting"
Restart-Computer -Force
