os_name      = "ubuntu"
os_version   = "22.04"
os_arch      = "aarch64"
iso_url      = "https://cdimage.ubuntu.com/releases/22.04/release/ubuntu-22.04.5-live-server-arm64.iso"
iso_checksum = "file:https://cdimage.ubuntu.com/releases/22.04/release/SHA256SUMS"
boot_command = [
  "<wait>c<wait>",
  "linux /casper/vmlinuz --- autoinstall ds=\"nocloud-net;seedfrom=http://{{ .HTTPIP }}:{{ .HTTPPort }}/\"<enter><wait>",
  "initrd /casper/initrd<enter><wait>",
  "boot<enter>",
]
