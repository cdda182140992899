resource "aws_vpc" "main" {
  cidr_block = "10.40.0.0/16"
}

# a rule added to the default group through the VPC's attribute
resource "aws_vpc_security_group_ingress_rule" "office_https" {
  security_group_id = aws_vpc.main.default_security_group_id
  cidr_ipv4         = "203.0.113.0/24"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
}

resource "aws_vpc" "batch" {
  cidr_block = "10.41.0.0/16"
}

# emptied inline, then given a rule by a separate resource
resource "aws_default_security_group" "batch" {
  vpc_id = aws_vpc.batch.id
}

resource "aws_vpc_security_group_egress_rule" "batch_out" {
  security_group_id = aws_default_security_group.batch.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "-1"
}
