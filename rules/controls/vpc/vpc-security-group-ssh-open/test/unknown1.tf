variable "admin_cidrs" {
  type = list(string)
}

resource "aws_security_group" "admin" {
  name   = "admin"
  vpc_id = "vpc-0abc1234"

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = var.admin_cidrs
  }
}
