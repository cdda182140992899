resource "aws_security_group" "windows" {
  name   = "windows"
  vpc_id = "vpc-0abc1234"

  ingress {
    description      = "RDP"
    from_port        = 3389
    to_port          = 3389
    protocol         = "6"
    cidr_blocks      = ["10.0.0.0/8"]
    ipv6_cidr_blocks = ["::/0"]
  }
}

resource "aws_security_group_rule" "rdp" {
  type              = "ingress"
  security_group_id = aws_security_group.windows.id
  from_port         = 3389
  to_port           = 3389
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}
