resource "aws_security_group" "legacy" {
  name   = "legacy-file-server"
  vpc_id = "vpc-0abc1234"
}

resource "aws_vpc_security_group_ingress_rule" "smb" {
  security_group_id = aws_security_group.legacy.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 445
  to_port           = 445
}

# a range that takes in FTP and Telnet along with SSH
resource "aws_security_group_rule" "low_ports" {
  type              = "ingress"
  security_group_id = aws_security_group.legacy.id
  from_port         = 20
  to_port           = 25
  protocol          = "6"
  cidr_blocks       = ["0.0.0.0/0"]
}
