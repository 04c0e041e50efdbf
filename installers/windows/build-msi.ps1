<#
.SYNOPSIS
  Build the ImmunoSep Phenotyper MSI from the PyInstaller onedir with WiX Toolset 3.14.

.DESCRIPTION
  heat.exe harvests the onedir into a component group (one file per component, GUIDs derived
  from the install path at compile time, so they stay stable between builds), candle/light
  compile it together with installers\windows\immunosep.wxs.  light runs the standard ICE
  validation.  The product version comes from pyproject.toml.

.EXAMPLE
  pwsh installers/windows/build-msi.ps1 -SourceDir installers\dist\pyinstaller\immunosep
#>
[CmdletBinding()]
param(
    # The onedir: immunosep.exe, immunosep-cli.exe, _internal\
    [Parameter(Mandatory)] [string] $SourceDir,
    [string] $OutDir = 'installers\dist',
    # Folder with heat.exe, candle.exe, light.exe (default: $env:WIX\bin, set by the WiX installer)
    [string] $WixBin = $(if ($env:WIX) { Join-Path $env:WIX 'bin' } else { '' })
)
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

function Invoke-Tool([string] $Exe, [string[]] $Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$(Split-Path $Exe -Leaf) failed with exit code $LASTEXITCODE" }
}

$root = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
$source = (Resolve-Path $SourceDir).Path
if (-not (Test-Path (Join-Path $source 'immunosep.exe'))) { throw "$source has no immunosep.exe" }
foreach ($tool in 'heat.exe', 'candle.exe', 'light.exe') {
    if (-not (Test-Path (Join-Path $WixBin $tool))) { throw "WiX 3.14 $tool not found in '$WixBin'" }
}
$version = python -c "import tomllib; print(tomllib.load(open(r'$root\pyproject.toml', 'rb'))['project']['version'])"
if ($LASTEXITCODE -ne 0 -or -not $version) { throw 'could not read the version from pyproject.toml' }

$work = Join-Path $root 'installers\build\msi'
New-Item -ItemType Directory -Force -Path $work, $OutDir | Out-Null
$msi = Join-Path (Resolve-Path $OutDir).Path "immunosep-$version-x64.msi"

# -srd: files go straight into INSTALLDIR; -sreg/-scom: no COM/registry scraping (we have none);
# -ag: Guid="*" (computed from the path at compile time).
Invoke-Tool (Join-Path $WixBin 'heat.exe') @('dir', $source, '-nologo', '-cg', 'AppFiles',
    '-dr', 'INSTALLDIR', '-srd', '-sreg', '-scom', '-ag', '-var', 'var.SourceDir',
    '-out', "$work\files.wxs")
Invoke-Tool (Join-Path $WixBin 'candle.exe') @('-nologo', '-arch', 'x64', "-dVersion=$version",
    "-dSourceDir=$source", '-dWin64=yes', "-dIconFile=$root\resources\app\immunosep.ico",
    '-out', "$work\", "$root\installers\windows\immunosep.wxs", "$work\files.wxs")
Invoke-Tool (Join-Path $WixBin 'light.exe') @('-nologo', '-spdb', '-out', $msi,
    "$work\immunosep.wixobj", "$work\files.wixobj")

Write-Host "built $msi"
