variable "encrypt_volumes" {
  type    = bool
  default = false
}

resource "aws_ebs_volume" "logs" {
  availability_zone = "eu-west-1b"
  size              = 50
  encrypted         = var.encrypt_volumes
}
