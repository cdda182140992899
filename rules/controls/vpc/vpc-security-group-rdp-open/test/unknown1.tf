variable "rdp_source" {
  type = string
}

resource "aws_vpc_security_group_ingress_rule" "rdp" {
  security_group_id = "sg-0abc1234"
  cidr_ipv4         = var.rdp_source
  ip_protocol       = "tcp"
  from_port         = 3389
  to_port           = 3389
}
