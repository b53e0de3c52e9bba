# Variables every OS var file sets (os_pkrvars/<os>/<os>-<version>-<arch>.pkrvars.hcl) and the knobs CI passes.

variable "os_name" {
  type        = string
  description = "OS family: ubuntu, almalinux, rockylinux, centos, fedora"
}

variable "os_version" {
  type        = string
  description = "OS release, such as 22.04 or 9"
}

variable "os_arch" {
  type        = string
  default     = "x86_64"
  description = "x86_64 or aarch64"
}

variable "iso_url" {
  type        = string
  description = "Installer ISO; packer-build replaces it with file:// of the verified, cached copy"
}

variable "iso_checksum" {
  type        = string
  description = "sha256:<hex>, or file:<url of a SHA256SUMS file>"
}

variable "boot_command" {
  type    = list(string)
  default = []
}

variable "accelerator" {
  type        = string
  default     = "tcg"
  description = "qemu accelerator: kvm when /dev/kvm is usable, else tcg (packer-build sets it)"
}

variable "headless" {
  type    = bool
  default = true
}

variable "output_directory" {
  type    = string
  default = "output"
}

variable "cpus" {
  type    = number
  default = 2
}

variable "memory" {
  type    = number
  default = 2048
}

variable "disk_size" {
  type    = string
  default = "20G"
}

variable "ssh_username" {
  type    = string
  default = "packer"
}

variable "ssh_password" {
  type      = string
  default   = "packer-build"
  sensitive = true
}
