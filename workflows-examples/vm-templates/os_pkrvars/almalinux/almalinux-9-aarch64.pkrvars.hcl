os_name      = "almalinux"
os_version   = "9"
os_arch      = "aarch64"
iso_url      = "https://repo.almalinux.org/almalinux/9/isos/aarch64/AlmaLinux-9-latest-aarch64-boot.iso"
iso_checksum = "file:https://repo.almalinux.org/almalinux/9/isos/aarch64/CHECKSUM"
boot_command = ["<up><wait><tab> inst.text inst.ks=http://{{ .HTTPIP }}:{{ .HTTPPort }}/ks.cfg<enter><wait>"]
