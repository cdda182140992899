resource "aws_vpc_security_group_ingress_rule" "everything" {
  security_group_id = "sg-0abc1234"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = -1
}
