<#
.SYNOPSIS
  Authenticode-sign files with signtool, using a certificate handed over by the CI secret store.

.DESCRIPTION
  Reads the certificate from environment variables that the workflow fills from repository
  secrets; nothing secret is ever stored in the repository:
    SIGNING_CERT_PFX_BASE64   the PKCS#12 (.pfx) file, base64-encoded
    SIGNING_CERT_PASSWORD     its password
    SIGNING_TIMESTAMP_URL     RFC 3161 time-stamp server (default: DigiCert's public one)
  Without SIGNING_CERT_PFX_BASE64 it signs nothing, says so in the log and exits 0, so forks
  and test builds still produce (unsigned) artifacts.

  The certificate is imported into the runner's CurrentUser\My store for the duration of the
  step (the password never appears on a command line) and removed again afterwards.

  A .pfx suits a hospital's internal code-signing CA.  Certificates from public CAs have lived
  in hardware (HSM / cloud key vault) since June 2023: replace the signtool line with your
  vendor's variant (e.g. signtool /dlib for Azure Trusted Signing, or a PKCS#11 provider).

.EXAMPLE
  pwsh installers/windows/sign.ps1 -Files dist\immunosep\immunosep.exe, dist\immunosep\immunosep-cli.exe
#>
[CmdletBinding()]
param([Parameter(Mandatory)] [string[]] $Files)
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

if (-not $env:SIGNING_CERT_PFX_BASE64) {
    Write-Host "::warning::Code signing SKIPPED: secret SIGNING_CERT_PFX_BASE64 is not configured. These files are UNSIGNED: $($Files -join ', ')"
    exit 0
}
$timestamp = if ($env:SIGNING_TIMESTAMP_URL) { $env:SIGNING_TIMESTAMP_URL } else { 'http://timestamp.digicert.com' }

$signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
    Sort-Object { [version]($_.Directory.Parent.Name) } | Select-Object -Last 1
if (-not $signtool) { throw 'signtool.exe (Windows SDK) not found' }

$pfx = Join-Path ([IO.Path]::GetTempPath()) ("sign-" + [guid]::NewGuid() + '.pfx')
$cert = $null
try {
    [IO.File]::WriteAllBytes($pfx, [Convert]::FromBase64String($env:SIGNING_CERT_PFX_BASE64))
    $password = ConvertTo-SecureString -String $env:SIGNING_CERT_PASSWORD -AsPlainText -Force
    $cert = Import-PfxCertificate -FilePath $pfx -CertStoreLocation Cert:\CurrentUser\My -Password $password
    Remove-Item $pfx -Force
    Write-Host "signing with certificate $($cert.Subject) ($($cert.Thumbprint)), time stamp $timestamp"
    & $signtool.FullName sign /sha1 $cert.Thumbprint /s My /fd SHA256 /td SHA256 /tr $timestamp `
        /d 'ImmunoSep Phenotyper' @Files
    if ($LASTEXITCODE -ne 0) { throw "signtool sign failed with exit code $LASTEXITCODE" }
    foreach ($file in $Files) {
        # The runner need not trust a hospital CA, so check who signed rather than chain trust.
        $sig = Get-AuthenticodeSignature -FilePath $file
        if (-not $sig.SignerCertificate -or $sig.SignerCertificate.Thumbprint -ne $cert.Thumbprint) {
            throw "$file is not signed with $($cert.Thumbprint) (status: $($sig.Status))"
        }
        if (-not $sig.TimeStamperCertificate) { throw "$file has no time stamp" }
        Write-Host "signed: $file ($($sig.Status))"
    }
}
finally {
    if (Test-Path $pfx) { Remove-Item $pfx -Force }
    if ($cert) { Remove-Item "Cert:\CurrentUser\My\$($cert.Thumbprint)" -DeleteKey -ErrorAction SilentlyContinue }
}
