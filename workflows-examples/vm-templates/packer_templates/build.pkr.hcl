build {
  sources = ["source.qemu.vm", "source.file.local"]

  # Runs on the machine that runs Packer, for every source: records what was built next to the image.
  provisioner "shell-local" {
    environment_vars = [
      "OS_NAME=${var.os_name}",
      "OS_VERSION=${var.os_version}",
      "OS_ARCH=${var.os_arch}",
      "OUTPUT_DIRECTORY=${var.output_directory}",
    ]
    scripts = ["${path.root}/../scripts/build-info.sh"]
  }

  post-processor "manifest" {
    output     = "${var.output_directory}/packer-manifest.json"
    strip_path = true
    custom_data = {
      os_name    = var.os_name
      os_version = var.os_version
      os_arch    = var.os_arch
    }
  }
}
