variable "vpc_id" {
  type = string
}

variable "default_ingress_rules" {
  description = "rules to keep on the default security group"
  type = list(object({
    protocol  = string
    from_port = number
    to_port   = number
    self      = bool
  }))
}

resource "aws_default_security_group" "default" {
  vpc_id  = var.vpc_id
  ingress = var.default_ingress_rules
}
