<#
.SYNOPSIS
  Install the MSI silently, run the installed app's self-test, uninstall silently, and check
  that nothing of the installation is left.  Needs an elevated shell (CI runners are).

.DESCRIPTION
  Exactly what SCCM/Intune do: `msiexec /i <msi> /qn`, detection by ProductCode, and
  `msiexec /x <ProductCode> /qn`.  Fails (exit 1) on the first check that does not hold.

.EXAMPLE
  pwsh installers/windows/smoke-test.ps1 -Msi installers\dist\immunosep-0.1.0-x64.msi
#>
[CmdletBinding()]
param([Parameter(Mandatory)] [string] $Msi)
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$msiPath = (Resolve-Path $Msi).Path
$logs = if ($env:RUNNER_TEMP) { $env:RUNNER_TEMP } else { $env:TEMP }
$installDir = Join-Path $env:ProgramFiles 'ImmunoSep Phenotyper'
$shortcut = Join-Path $env:ProgramData 'Microsoft\Windows\Start Menu\Programs\ImmunoSep Phenotyper.lnk'
$infoKey = 'HKLM:\SOFTWARE\ImmunoSep Phenotyper'

function Get-MsiProperty([string] $Path, [string] $Name) {
    # The WindowsInstaller COM object has no type library: call it through reflection.
    $installer = New-Object -ComObject WindowsInstaller.Installer
    $db = $installer.GetType().InvokeMember('OpenDatabase', 'InvokeMethod', $null, $installer, @($Path, 0))
    $view = $db.GetType().InvokeMember('OpenView', 'InvokeMethod', $null, $db,
        @("SELECT Value FROM Property WHERE Property = '$Name'"))
    $view.GetType().InvokeMember('Execute', 'InvokeMethod', $null, $view, $null) | Out-Null
    $record = $view.GetType().InvokeMember('Fetch', 'InvokeMethod', $null, $view, $null)
    $value = $record.GetType().InvokeMember('StringData', 'GetProperty', $null, $record, 1)
    $view.GetType().InvokeMember('Close', 'InvokeMethod', $null, $view, $null) | Out-Null
    foreach ($o in $record, $view, $db, $installer) {
        [void][Runtime.InteropServices.Marshal]::ReleaseComObject($o)
    }
    return $value
}

function Invoke-Msiexec([string[]] $Arguments, [string] $Log) {
    $p = Start-Process msiexec.exe -ArgumentList ($Arguments + @('/qn', '/norestart', '/l*v', "`"$Log`"")) -Wait -PassThru
    if ($p.ExitCode -ne 0) {
        Get-Content $Log -Tail 60 -ErrorAction SilentlyContinue
        throw "msiexec $($Arguments -join ' ') exited with $($p.ExitCode)"
    }
}

function Assert([bool] $Condition, [string] $Message) {
    if (-not $Condition) { throw "CHECK FAILED: $Message" }
    Write-Host "ok: $Message"
}

$productCode = Get-MsiProperty $msiPath 'ProductCode'
$version = Get-MsiProperty $msiPath 'ProductVersion'
Write-Host "MSI $msiPath`n  ProductCode $productCode (SCCM/Intune detection)`n  ProductVersion $version"
$arpKey = "HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\$productCode"

# --- silent install ----------------------------------------------------------------------
Invoke-Msiexec @('/i', "`"$msiPath`"") (Join-Path $logs 'immunosep-install.log')
Assert (Test-Path "$installDir\immunosep.exe") "immunosep.exe installed in $installDir"
Assert (Test-Path "$installDir\immunosep-cli.exe") 'immunosep-cli.exe installed'
Assert (Test-Path $shortcut) 'Start-menu shortcut for all users'
Assert ((Get-ItemProperty $arpKey).DisplayVersion -eq $version) 'registered under its ProductCode (Add/Remove Programs)'
Assert ((Get-ItemProperty $infoKey).Version -eq $version) "version recorded in $infoKey"

# --- the installed app works ---------------------------------------------------------------
$help = & "$installDir\immunosep-cli.exe" --help
Assert ($LASTEXITCODE -eq 0 -and ($help -join "`n") -match '\bassess\b') '--help lists the assess subcommand'
& "$installDir\immunosep-cli.exe" --self-test
Assert ($LASTEXITCODE -eq 0) 'immunosep-cli.exe --self-test'
# The windowed exe has no console: wait for it and read its exit code and console log.
$gui = Start-Process "$installDir\immunosep.exe" -ArgumentList '--self-test' -Wait -PassThru
Get-Content (Join-Path $env:LOCALAPPDATA 'immunosep\Logs\console.log') -Tail 20 -ErrorAction SilentlyContinue
Assert ($gui.ExitCode -eq 0) 'immunosep.exe (windowed) --self-test'

# --- silent uninstall by ProductCode, and nothing left behind --------------------------------
Invoke-Msiexec @('/x', $productCode) (Join-Path $logs 'immunosep-uninstall.log')
Assert (-not (Test-Path $installDir)) "$installDir removed"
Assert (-not (Test-Path $shortcut)) 'Start-menu shortcut removed'
Assert (-not (Test-Path $arpKey)) 'Add/Remove Programs entry removed'
Assert (-not (Get-ItemProperty $infoKey -Name Version -ErrorAction SilentlyContinue)) "$infoKey values removed"
Write-Host 'smoke test passed'
