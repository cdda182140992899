resource "aws_vpc_security_group_ingress_rule" "rdp_range" {
  security_group_id = "sg-0abc1234"
  cidr_ipv6         = "::/0"
  ip_protocol       = "tcp"
  from_port         = 3000
  to_port           = 4000
}
