variable "encrypted" {
  type = bool
}

resource "aws_ebs_volume" "configurable" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = var.encrypted
}
