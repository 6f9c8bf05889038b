#ifndef CEDITLINE_H
#define CEDITLINE_H
int lede_placeholder(void);
#endif
