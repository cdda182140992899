variable "protocol" {
  type = string
}

resource "aws_security_group" "configurable" {
  name   = "configurable"
  vpc_id = "vpc-0abc1234"

  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = var.protocol
    cidr_blocks = ["0.0.0.0/0"]
  }
}
