variable "public" {
  type = bool
}

resource "aws_instance" "configurable" {
  ami                         = "ami-0123456789abcdef0"
  instance_type               = "t3.micro"
  associate_public_ip_address = var.public
}
