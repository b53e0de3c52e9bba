# The real build: an unattended install in qemu, headless, on the accelerator the runner has.
source "qemu" "vm" {
  iso_url          = var.iso_url
  iso_checksum     = var.iso_checksum
  accelerator      = var.accelerator
  headless         = var.headless
  cpus             = var.cpus
  memory           = var.memory
  disk_size        = var.disk_size
  format           = "qcow2"
  output_directory = "${var.output_directory}/qemu"
  vm_name          = "${var.os_name}-${var.os_version}-${var.os_arch}.qcow2"
  http_directory   = "${path.root}/../http"
  boot_wait        = "5s"
  boot_command     = var.boot_command
  ssh_username     = var.ssh_username
  ssh_password     = var.ssh_password
  ssh_timeout      = "60m"
  shutdown_command = "echo '${var.ssh_password}' | sudo -S shutdown -P now"
}

# A stand-in disk image for a machine without qemu (a workstation, slipway rehearse): same variables, same
# provisioners and post-processors, seconds instead of an install. Select it with `packer build -only=file.local`.
source "file" "local" {
  content = "${var.os_name} ${var.os_version} ${var.os_arch} from ${var.iso_url}\n"
  target  = "${var.output_directory}/file/${var.os_name}-${var.os_version}-${var.os_arch}.img"
}
